"""The support check: a summary sentence may only say what its evidence says."""

from __future__ import annotations

import pytest

from newsprism.support import carried, content_words, stem, unsupported

EVIDENCE = (
    "During this meeting, which lasted around two hours, the Leader of the Islamic Revolution described "
    "Mr. Putin as a prominent figure in today’s world."
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("meetings", "meeting"),
        ("rejected", "reject"),
        ("countries", "country"),
        ("Iran’s", "iran"),
        ("said", "say"),
    ],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("form", "other"),
    [
        ("died", "dies"),
        ("won", "wins"),
        ("gave", "gives"),
        ("led", "leads"),
        ("lost", "losing"),
        ("shot", "shots"),
    ],
)
def test_forms_of_one_word_have_one_stem(form: str, other: str) -> None:
    # "Jack Welch … has died" is what the title "Jack Welch … Dies at 84" reports
    assert stem(form) == stem(other)


def test_a_sentence_in_another_tense_is_carried() -> None:
    assert carried("Sanders won the New Hampshire primary.", ["Sanders wins New Hampshire primary"]) == 1.0


def test_content_words_leave_out_function_words() -> None:
    assert content_words("The meeting lasted around two hours in Tehran.") == [
        "meeting",
        "lasted",
        "hours",
        "Tehran",
    ]


def test_a_compressed_sentence_is_supported() -> None:
    assert unsupported("The meeting lasted around two hours.", [EVIDENCE]) == []


def test_a_word_from_nowhere_is_reported() -> None:
    assert unsupported("The tense meeting lasted around two hours.", [EVIDENCE]) == ["tense"]


def test_a_number_must_appear_exactly() -> None:
    assert unsupported("The meeting lasted 3 hours.", ["The meeting lasted 2 hours."]) == ["3"]
    assert unsupported("Around 20 countries attended.", ["Around 20 countries attended the talks."]) == []


def test_canonical_names_and_outlets_are_support() -> None:
    sentence = "According to Khamenei.ir, Ali Khamenei described Vladimir Putin as a prominent figure."
    assert unsupported(sentence, [EVIDENCE]) == ["Khamenei", "ir", "Ali", "Khamenei", "Vladimir"]
    names = ["Khamenei.ir", "Ali Khamenei", "Leader of the Islamic Revolution", "Vladimir Putin"]
    assert unsupported(sentence, [EVIDENCE], names) == []


def test_frame_words_need_no_evidence() -> None:
    sentence = "Asharq Al-Awsat puts the length of the meeting at more than an hour and a half."
    evidence = ["their meeting which continued for more than an hour and a half in Tehran"]
    assert unsupported(sentence, evidence, ["Asharq Al-Awsat"]) == []


def test_carried_is_the_share_of_content_words_the_evidence_holds() -> None:
    sentence = "Putin presented Khamenei with one of the oldest manuscripts of the Holy Quran as a gift."
    other = "where he presented the Ayatollah with one of the oldest hand written copies of the Holy Qur’an"
    # presented, oldest, Holy of Putin, presented, Khamenei, oldest, manuscripts, Holy, Quran, gift
    assert carried(sentence, [other]) == pytest.approx(3 / 8)
    assert carried(sentence, [other], ["Vladimir Putin", "Ali Khamenei"]) == pytest.approx(5 / 8)
    assert carried(sentence, [sentence]) == 1.0
    assert carried("So it is, according to reports.", []) == 1.0  # nothing to carry
