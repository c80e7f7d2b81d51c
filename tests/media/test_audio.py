"""Sound: every phone and browser format becomes loudness-normalised AAC plus a waveform."""

from __future__ import annotations

import json

import pytest

from media.audio import normalised_peaks
from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.sniff import sniff_file
from tests.media.checks import assert_av_metadata_free, ffprobe, moov_before_mdat, streams

AUDIO = ["audio_wav", "audio_m4a", "audio_mp3", "audio_flac", "audio_ogg", "audio_opus_webm", "audio_amr"]


def derive(path, out_dir, limits=Limits(), on_progress=None):
    return make_derivatives(path, out_dir, sniff_file(path, limits), limits, on_progress)


@pytest.mark.parametrize("name", AUDIO)
def test_recording_becomes_aac_m4a_with_faststart_and_no_tags(made, tmp_path, name):
    result = derive(made(name), tmp_path)
    assert set(result.specs) == {"web", "peaks"}
    web = result.get("web")
    assert (web.mime, web.extension, web.path.name) == ("audio/mp4", "m4a", "web.m4a")
    (sound,) = streams(web.path, "audio")
    assert (sound["codec_name"], sound["profile"]) == ("aac", "LC")
    assert not streams(web.path, "video")
    assert moov_before_mdat(web.path)
    assert_av_metadata_free(web.path)
    expected = 1.0 if name == "audio_amr" else 1.5
    assert result.facts["duration"] == pytest.approx(expected, abs=0.1)


def test_waveform_peaks_cover_the_whole_recording(made, tmp_path):
    result = derive(made("audio_wav"), tmp_path)
    peaks = json.loads(result.get("peaks").path.read_text())
    assert peaks["bits"] == 8 and peaks["channels"] == 1
    assert 900 <= peaks["length"] <= 1000
    assert len(peaks["data"]) == 2 * peaks["length"]
    assert peaks["duration"] == pytest.approx(1.5, abs=0.1)
    assert all(-128 <= value <= 127 for value in peaks["data"])
    assert max(peaks["data"]) > 20 and min(peaks["data"]) < -20


def test_quiet_recording_is_made_louder(made, tmp_path):
    result = derive(made("audio_quiet_wav"), tmp_path)
    peaks = json.loads(result.get("peaks").path.read_text())
    # The source peaks at 2 % of full scale (about 2 in 8-bit terms).
    assert max(peaks["data"][100:-100]) > 20


def test_quiet_recording_waveform_reaches_full_height(made, tmp_path):
    result = derive(made("audio_quiet_wav"), tmp_path)
    peaks = json.loads(result.get("peaks").path.read_text())
    assert max(abs(value) for value in peaks["data"]) == 127


def test_peaks_are_scaled_to_the_loudest_sample():
    # A whisper: 16-bit samples no louder than 300 (1 % of full scale), two points of two samples.
    data = normalised_peaks([-300, 150, 30, -60], 2)
    assert data == [-127, 64, -25, 13]


def test_peaks_of_silence_stay_flat():
    assert normalised_peaks([0, 0, 0, 0], 2) == [0, 0, 0, 0]
    assert normalised_peaks([], 4) == []


def test_peaks_of_a_full_scale_recording_stay_in_eight_bits():
    data = normalised_peaks([-32768, 32767, 16384, -16384], 2)
    assert data == [-127, 127, -64, 64]


def test_browser_recording_without_duration_gets_one_from_its_packets(made, tmp_path):
    path = made("audio_live_webm")
    assert "duration" not in ffprobe(path)["format"]
    result = derive(path, tmp_path)
    assert result.facts["duration"] == pytest.approx(3.0, abs=0.1)
    assert float(ffprobe(result.get("web").path)["format"]["duration"]) == pytest.approx(3.0, abs=0.15)


def test_recording_longer_than_allowed_is_too_large(made, tmp_path):
    with pytest.raises(MediaError) as caught:
        derive(made("audio_m4a"), tmp_path, Limits(max_audio_seconds=1))
    assert caught.value.code == "media_too_large"
    assert "limit" in caught.value.message


def test_progress_goes_up_to_one(made, tmp_path):
    seen: list[float] = []
    derive(made("audio_quiet_wav"), tmp_path, on_progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(0.0 <= value <= 1.0 for value in seen)


def test_conversion_that_runs_out_of_time_is_stopped(made, tmp_path):
    with pytest.raises(MediaError) as caught:
        derive(made("audio_quiet_wav"), tmp_path, Limits(job_timeout_seconds=0.01))
    assert caught.value.code == "media_too_large"


def test_recording_without_header_duration_is_measured_before_converting(made, tmp_path):
    path = made("audio_live_webm")
    limits = Limits(max_audio_seconds=2)
    sniffed = sniff_file(path, limits)
    with pytest.raises(MediaError) as caught:
        make_derivatives(path, tmp_path, sniffed, limits)
    assert caught.value.code == "media_too_large"
    assert not (tmp_path / "web.m4a").exists()
