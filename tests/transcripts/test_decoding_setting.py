"""How much decoding work a transcript gets is a setting: beam search of 5 unless the
team asks for greedy decoding (beam 1) to spare CPU."""

from __future__ import annotations

import pytest

from config import SETTINGS
from logbook.services.transcripts import get_model
from media.speech import DEFAULT_BEAM


@pytest.fixture
def app_config(app_config, model_dir):
    return {**app_config, "CARNET_TRANSCRIBE_MODEL": str(model_dir), "CARNET_TRANSCRIBE_BEAM": 1}


def test_the_default_beam_is_the_models_default():
    default = next(setting.default for setting in SETTINGS if setting.name == "TRANSCRIBE_BEAM")
    assert default == DEFAULT_BEAM == 5


def test_the_beam_setting_reaches_the_model(app):
    with app.app_context():
        model = get_model()
    assert model.beam == 1
