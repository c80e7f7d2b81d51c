"""A long recording is transcribed window by window: each window ends in a pause, never
inside a word, the last one takes a short tail along, and the words are scored as a
listener would check them."""

from __future__ import annotations

import numpy as np
import pytest

from media.speech import SAMPLE_RATE, SpeechModel, quietest_moment
from tests.transcripts.clips import LONG_CLIP, Clip, build_clip, word_error_rate, word_errors, words


@pytest.fixture(scope="module")
def model(model_dir) -> SpeechModel:
    return SpeechModel(model_dir)


@pytest.fixture(scope="module")
def long_clip(tmp_path_factory) -> Clip:
    """Nine prompts, 36 s, with a 0.4 s pause after each."""
    return build_clip(LONG_CLIP, tmp_path_factory.mktemp("long") / "longue.wav")


def _pauses(clip: Clip) -> list[tuple[float, float]]:
    return [(end, following[0]) for (_s, end, _t), following in zip(clip.parts, clip.parts[1:], strict=False)]


def test_the_quietest_moment_is_the_middle_of_the_latest_pause():
    rng = np.random.default_rng(7)
    sound = (0.1 * rng.standard_normal(10 * SAMPLE_RATE)).astype(np.float32)
    for start, end in ((3.0, 3.5), (7.0, 7.4)):
        sound[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)] = 0.0
    assert 7.15 <= quietest_moment(sound, 6.0, 9.0) <= 7.25
    assert 7.15 <= quietest_moment(sound, 0.0, 9.0) <= 7.25
    assert 3.15 <= quietest_moment(sound, 1.0, 5.0) <= 3.35
    assert quietest_moment(sound[:100], 0.0, 1.0) == 1.0  # too short to tell: the latest


def test_a_window_ends_in_a_pause_and_the_next_one_goes_on_from_there(model, long_clip):
    # 17 s falls inside the fifth prompt (14.85 s to 18.68 s): the window stops before it.
    first = model.transcribe_window(
        long_clip.path, 0.0, long_clip.duration, "fr", seconds=17.0, demuxer="wav"
    )
    assert 11.0 <= first.next_offset <= 17.0
    assert any(end <= first.next_offset <= start for end, start in _pauses(long_clip))
    assert all(segment.end <= first.next_offset + 0.2 for segment in first.segments)
    rest = model.transcribe_window(
        long_clip.path, first.next_offset, long_clip.duration, "fr", seconds=30.0, demuxer="wav"
    )
    assert rest.next_offset >= long_clip.duration  # 19 s left: one window of 30 s holds them
    assert all(segment.start >= first.next_offset - 0.2 for segment in rest.segments)
    text = " ".join(segment.text for segment in [*first.segments, *rest.segments])
    assert word_error_rate(long_clip.text, text) < 0.20
    # No sentence cut in two or said twice at the joint.
    assert words(text).count("numéro") == words(long_clip.text).count("numéro")


def test_a_short_tail_goes_with_the_last_window_rather_than_alone(model, long_clip):
    window = model.transcribe_window(
        long_clip.path, 0.0, long_clip.duration, "fr", seconds=30.0, demuxer="wav"
    )
    assert window.next_offset >= long_clip.duration
    assert window.segments[-1].end > 34.0 and "parler" in window.segments[-1].text


def test_word_error_rate_ignores_case_punctuation_elisions_ligatures_and_digits():
    said = "L'heure : vingt et un pour cent des mille participants, trois virgule cinq fois, le premier cœur."
    heard = "l’heure 21 % des 1 000 participants 3,5 fois. Le 1er coeur"
    assert word_errors(said, heard) == []
    assert word_error_rate("quatre-vingts ans, soixante et onze jours", "80 ans 71 jours") == 0.0


def test_word_error_rate_counts_spelling_and_every_word_left_out_or_added():
    said = "Vous êtes le seul participant"
    heard = "vous êtes la seule participant en plus"
    assert word_errors(said, heard) == [("le", "la"), ("seul", "seule"), ("", "en"), ("", "plus")]
    assert word_error_rate(said, heard) == pytest.approx(4 / 5)
    assert word_error_rate(said, "vous êtes participant") == pytest.approx(2 / 5)
