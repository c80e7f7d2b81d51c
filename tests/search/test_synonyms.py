"""Synonyms and close concepts, applied when a query runs, ranked below the word typed."""

from __future__ import annotations

from search.query import Access, search
from search.synonyms import BUILT_IN, Synonyms, built_in, parse_families, parse_groups, parse_topics
from search.words import fold, stem
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


def test_the_built_in_list_says_where_its_groups_come_from():
    text = BUILT_IN.read_text(encoding="utf-8")
    assert text.startswith("# ") and "come from" in text.split("\n\n", 1)[0]
    groups = parse_groups(text)
    assert len(groups) >= 60
    assert all(len(group) >= 2 for group in groups)


def test_groups_are_looked_up_by_any_form_of_a_word():
    synonyms = Synonyms(parse_groups("bicyclette, vélo, deux-roues\n# comment\nsolo\n"))
    assert ["bicyclette"] in synonyms.others("vélos")
    assert ["deux", "roues"] in synonyms.others("velo")
    assert synonyms.others("voiture") == []
    assert len(synonyms.groups) == 1


def test_topics_are_their_own_lines_and_reach_through_synonyms():
    text = "poubelle, déchets, ordures\n~ déchets, tri, encombrants, collecte des déchets\n"
    assert parse_groups(text) == [("poubelle", "déchets", "ordures")]
    assert parse_topics(text) == [("déchets", "tri", "encombrants", "collecte des déchets")]
    synonyms = Synonyms(parse_groups(text), Synonyms(parse_topics(text)))
    # "poubelles" is in no topic; its synonym "déchets" is.
    found = synonyms.topic_others("poubelles")
    assert ["tri"] in found and ["collecte", "des", "déchets"] in found
    # A synonym is not repeated as a topic word, nor the word itself.
    assert ["déchets"] not in found and ["poubelle"] not in found
    assert len(built_in().related.groups) >= 40


def test_a_word_reaches_the_topics_of_its_family():
    text = "~ santé, médecin, pharmacie\n~ soins, kiné, infirmière\n= soigner, soin, soins\n"
    synonyms = Synonyms([], Synonyms(parse_topics(text)), Synonyms(parse_families(text)))
    # "soigner" is in no topic; "soins", of its family, is.
    assert synonyms.topic_others("soigner") == [["kiné"], ["infirmière"]]
    assert ["pharmacie"] in built_in().topic_others("soigner")


def test_word_families_join_what_the_stemmer_leaves_apart():
    text = "= planter, plantation\n= répondre, réponse, réponses\nvélo, bicyclette\n"
    assert parse_families(text) == [("planter", "plantation"), ("répondre", "réponse", "réponses")]
    assert parse_groups(text) == [("vélo", "bicyclette")]
    families = Synonyms(parse_families(text), None, Synonyms(parse_families(text)))
    # Looked up by any form: the stem or the lemma of the word typed.
    assert families.family_stems("plantés") == {"plantat"}
    assert families.family_stems("répondu") == {"repons"}
    assert families.family_stems("réponses") == {"repondr"}
    # Every built-in family joins words of different stems (else it would be useless).
    built_in_families = parse_families(BUILT_IN.read_text(encoding="utf-8"))
    assert len(built_in_families) >= 40
    for family in built_in_families:
        assert len({stem(fold(member)) for member in family}) > 1, family


def test_a_short_form_finds_the_word_it_stands_for_as_an_answer(index):
    index.apply(
        [
            make_doc(1, "Permanence", body="La psychologue reçoit le mardi sans rendez-vous."),
            make_doc(2, "Conseil", body="Les adolescents du quartier ont voté."),
            make_doc(3, "Psy", body="Un psy de la Maison des ados passe jeudi."),
            make_doc(4, "Hôpital", body="Rendez-vous chez le psychiatre."),
        ]
    )
    results = search(index, "psy", EVERYONE)
    # The short form as typed first; the word it stands for is an answer too; a
    # psychiatrist is only close (a synonym, not the same word).
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [
        (3, "exact"),
        (1, "exact"),
        (4, "approximate"),
    ]
    assert results.exact_total == 2
    assert [(hit.entry_id, hit.match) for hit in search(index, "adolescents", EVERYONE).hits] == [
        (2, "exact"),
        (3, "exact"),
    ]


def test_a_word_finds_its_family_as_an_exact_match(index):
    index.apply(
        [
            make_doc(1, "Plantation de haies", body="Quarante arbustes le long du stade."),
            make_doc(2, "Les réponses au questionnaire", body="Deux cents retours."),
            make_doc(3, "Plante verte", body="Pour l'accueil."),
        ]
    )
    results = search(index, "ils ont planté des haies", EVERYONE)
    assert (results.hits[0].entry_id, results.hits[0].match) == (1, "exact")
    results = search(index, "combien ont répondu au questionnaire", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(2, "exact")]


def test_a_several_word_term_is_one_thing_to_find(index):
    index.apply(
        [
            make_doc(1, "Vie scolaire", body="Un soutien sans faille de la CPE pour les retards."),
            make_doc(2, "Médiathèque", body="Une aide aux devoirs le mercredi après-midi."),
            make_doc(3, "Soutien scolaire", body="Des étudiants bénévoles le mardi."),
            make_doc(4, "Le bureau", body="Il doit rappeler les familles."),
        ]
    )
    results = search(index, "soutien scolaire", EVERYONE)
    # The term first; then its synonym ("aide aux devoirs"); then its words apart.
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [
        (3, "exact"),
        (2, "approximate"),
        (1, "approximate"),
    ]
    # "devoirs" (homework) is not a form of "doit" (must).
    results = search(index, "devoirs", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(2, "exact"), (3, "approximate")]


def test_a_several_word_term_that_nothing_meets_is_looked_for_word_by_word(index):
    index.apply(
        [
            make_doc(1, "Stage de foot", body="Les U11 partent en stage pendant les vacances."),
            make_doc(2, "Tournée des entreprises", body="Cinq entreprises de la zone prêtes à recruter."),
            make_doc(3, "Compta", body="Les factures du traiteur."),
        ]
    )
    # "stage en entreprise" is a term of the built-in list, and no entry has both words:
    # rather than nothing, the entries with one of them, labelled approximate.
    results = search(index, "stage en entreprise", EVERYONE)
    assert sorted((hit.entry_id, hit.match) for hit in results.hits) == [
        (1, "approximate"),
        (2, "approximate"),
    ]
    assert results.exact_total == 0
    # Filters count: a term met only outside them is looked for word by word too.
    index.apply([make_doc(4, "Bilan", body="Un stage en entreprise réussi.", kind="photo")])
    assert [hit.entry_id for hit in search(index, "stage en entreprise", EVERYONE).hits][:1] == [4]
    results = search(index, "stage en entreprise kind:note", EVERYONE)
    assert sorted(hit.entry_id for hit in results.hits) == [1, 2] and results.exact_total == 0


def test_a_stage_title_is_not_what_each_entry_of_the_stage_says(index):
    stage = {"stage_id": 2, "stage_title": "Mobilité et garde d'enfants"}
    index.apply(
        [
            make_doc(1, "Imprimante", body="Cartouches d'encre commandées.", **stage),
            make_doc(
                2, "Liste d'attente", body="Trois assistantes maternelles commencent à 6 h.", stage_id=1
            ),
            make_doc(3, "Horaires", body="La garde d'enfants le soir reste le premier frein.", stage_id=1),
        ]
    )
    # A synonym of the stage's words finds the entries that speak of them, not the stage.
    assert sorted(hit.entry_id for hit in search(index, "nounou", EVERYONE).hits) == [2, 3]
    # The stage's words still find its entries, after those that say them.
    results = search(index, "garde d'enfants", EVERYONE)
    assert [hit.entry_id for hit in results.hits][:1] == [3] and 1 in {hit.entry_id for hit in results.hits}


def test_a_topic_word_is_found_below_the_word_and_its_synonyms(index):
    index.apply(
        [
            make_doc(1, "Tri sélectif", body="Les nouveaux bacs de tri arrivent lundi."),
            make_doc(2, "Ordures", body="Le camion passe le mardi."),
            make_doc(3, "Poubelles", body="Elles débordent rue Jaurès."),
            make_doc(4, "Réunion", body="Ordre du jour : le budget."),
        ]
    )
    results = search(index, "poubelles", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [
        (3, "exact"),
        (2, "approximate"),
        (1, "approximate"),
    ]
    assert results.exact_total == 1
    # Alone, the topic answers approximately: the page says nothing holds the word.
    index.apply([], deletes=[3])
    results = search(index, "poubelles", EVERYONE)
    assert [hit.entry_id for hit in results.hits] == [2, 1] and results.exact_total == 0


def test_a_synonym_is_found_and_ranks_below_the_word_typed(index):
    index.apply(
        [
            make_doc(1, "Atelier réparation de bicyclettes", body="Pneus, freins, chaînes."),
            make_doc(2, "Balade", body="Sortie à vélo le long du canal."),
            make_doc(3, "Réunion budget"),
        ]
    )
    results = search(index, "vélo", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(2, "exact"), (1, "approximate")]
    assert "<mark>bicyclettes</mark>" in results.hits[1].title_html


def test_a_synonym_of_several_words_matches_them_next_to_each_other(index):
    index.apply(
        [
            make_doc(1, "Point sur la restauration scolaire", body="Signature de la convention."),
            make_doc(2, "La restauration du bâtiment scolaire", body="Travaux de toiture."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "cantine", EVERYONE).hits] == [1]


def test_with_synonyms_every_word_of_a_query_can_be_met(index):
    index.apply(
        [
            make_doc(1, "Les collégiens au self", body="Premier déjeuner végétarien."),
            make_doc(2, "Le self du lycée"),
        ]
    )
    results = search(index, "collège cantine", EVERYONE)
    assert [hit.entry_id for hit in results.hits] == [1, 2]
    assert results.exact_total == 0
    # The first holds both words through synonyms, the second only one of them.


def test_groups_added_for_one_search(index):
    index.apply([make_doc(1, "Soupe de courge"), make_doc(2, "Soupe de poireaux")])
    assert search(index, "potiron", EVERYONE).hits == []
    results = search(index, "potiron", EVERYONE, synonyms=[("potiron", "courge", "potimarron")])
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "approximate")]
    # The built-in groups are untouched by a search's own.
    assert built_in().others("potiron") == []


def test_everyday_short_forms_and_concepts_are_in_the_built_in_list():
    synonyms = built_in()
    assert ["adolescent"] in synonyms.others("ados")
    assert ["jeune"] in synonyms.others("ado")
    assert ["bicyclette"] in synonyms.others("vélo")
    assert ["vélo"] in synonyms.others("cycliste")
    assert ["questionnaire"] in synonyms.others("sondage")
    assert ["enquête"] in synonyms.others("questionnaire")
    assert ["municipalité"] in synonyms.others("mairie")
    assert ["ville"] in synonyms.others("mairie")
    assert ["association"] in synonyms.others("asso")
    assert ["bibliothèque"] in synonyms.others("médiathèque")
    assert ["centre", "social"] in synonyms.others("socio")


def test_the_word_typed_ranks_before_its_synonyms_even_in_a_title(index):
    index.apply(
        [
            make_doc(1, "Les adolescents du quartier", body="Atelier graff."),
            make_doc(2, "Atelier graff", body="Une dizaine d'ados sont venus."),
            make_doc(3, "Questionnaire aux jeunes", body="Distribué au collège."),
            make_doc(4, "Réunion budget"),
        ]
    )
    results = search(index, "ados", EVERYONE)
    # The word as typed in a body, before the word it is short for in a title (its
    # family: an answer too), before a synonym.
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [
        (2, "exact"),
        (1, "exact"),
        (3, "approximate"),
    ]


def test_a_concept_query_finds_entries_that_say_it_otherwise(index):
    index.apply(
        [
            make_doc(1, "Sondage en ligne", body="312 réponses des habitants."),
            make_doc(2, "Questionnaire papier", body="Déposé chez les commerçants."),
            make_doc(3, "Enquête de satisfaction des usagers"),
            make_doc(4, "Réunion du comité"),
        ]
    )
    results = search(index, "questionnaire", EVERYONE)
    assert results.hits[0].entry_id == 2
    assert sorted(hit.entry_id for hit in results.hits) == [1, 2, 3]


def test_words_typed_together_find_the_synonyms_of_their_phrase(index):
    index.apply(
        [
            make_doc(1, "Permanence au centre social", body="Accueil le mercredi."),
            make_doc(2, "Goûter à la maison de quartier", body="Une vingtaine de familles."),
            make_doc(3, "Le centre-ville", body="Travaux de voirie."),
            make_doc(4, "Nouvelle ligne de bus", body="Arrêt devant l'école."),
        ]
    )
    results = search(index, "centres sociaux", EVERYONE)
    # The words make one term: "centre-ville" holds one of them, and is not half of it.
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "exact"), (2, "approximate")]
    results = search(index, "transport en commun", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(4, "approximate")]


def test_a_long_query_is_not_widened_by_topics(index):
    index.apply(
        [
            make_doc(1, "Tri sélectif", body="Les nouveaux bacs de tri arrivent."),
            make_doc(2, "Poubelles", body="Elles débordent."),
        ]
    )
    assert 1 in [hit.entry_id for hit in search(index, "poubelles", EVERYONE).hits]
    # Five words: the entries holding some of them come, not those holding a topic's word.
    hits = search(index, "poubelles rue quartier habitants mardi", EVERYONE).hits
    assert [hit.entry_id for hit in hits] == [2]


def test_a_several_word_term_reaches_its_topics(index):
    index.apply(
        [
            make_doc(1, "Cellule de veille", body="Le décrochage scolaire au lycée pro."),
            make_doc(2, "Absentéisme", body="Trente élèves au-dessus de dix demi-journées."),
            make_doc(3, "Scolaire", body="Le calendrier scolaire est sorti."),
        ]
    )
    results = search(index, "décrochage scolaire", EVERYONE)
    # Absenteeism is a topic of early school leaving; a word of the term alone is not it.
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "exact"), (2, "approximate")]


def test_school_meals_and_food_aid_in_the_words_people_type(index):
    index.apply(
        [
            make_doc(1, "Mon équipe", body="On est 9 cuistots, tout le monde est là à 6h30."),
            make_doc(2, "Nouveau plat", body="Plat végé : curry de pois chiches, 80 % des assiettes vides."),
            make_doc(3, "Hall", body="Le mur végétal du hall a besoin d'un arrosage automatique."),
            make_doc(4, "Semaine de pesée", body="Les pesées des restes au self commencent lundi."),
            make_doc(5, "L'épicerie", body="L'épicerie sociale ouvre le mardi et le vendredi."),
            make_doc(6, "La cantine", body="850 repas par jour à la cantine."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "cuisiniers", EVERYONE).hits][:1] == [1]
    assert [hit.entry_id for hit in search(index, "cantoche", EVERYONE).hits][:1] == [6]
    # A synonym's short form is the synonym too ("sans viande" is "végétarien", "végé");
    # a "mur végétal" is no meal.
    found = [hit.entry_id for hit in search(index, "plat sans viande", EVERYONE).hits]
    assert found[0] == 2 and 3 not in found
    assert 3 not in [hit.entry_id for hit in search(index, "végétarien", EVERYONE).hits]
    # A verb and its noun in -ée: "peser" finds "les pesées", at the stem's tier.
    results = search(index, "peser", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(4, "exact")]
    assert [hit.entry_id for hit in search(index, "distribution de nourriture", EVERYONE).hits][:1] == [5]
    # A participle the lemmatiser reads as a noun ("jetée") is still the verb's.
    index.apply([make_doc(7, "Résultats", body="112 g jetés par enfant et par repas.")])
    assert [hit.entry_id for hit in search(index, "nourriture jetée", EVERYONE).hits][:1] == [7]


def test_work_and_inclusion_in_the_words_people_type(index):
    index.apply(
        [
            make_doc(1, "Bonne nouvelle", body="Samia signe un CDI au magasin d'électroménager."),
            make_doc(2, "Ateliers", body="Reprise des ateliers savoirs de base : lire une fiche de poste."),
            make_doc(3, "Mobilité", body="Cinq scooters prêtés pour aller au travail à 6 h."),
            make_doc(4, "Fichier", body="Les PMSMP signées ce mois-ci à la menuiserie."),
            make_doc(5, "Crèche de Noël", body="La crèche de Noël est installée dans le hall."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "embauchés", EVERYONE).hits][:1] == [1]
    assert [hit.entry_id for hit in search(index, "alphabétisation", EVERYONE).hits][:1] == [2]
    assert [hit.entry_id for hit in search(index, "mobylette", EVERYONE).hits][:1] == [3]
    assert [hit.entry_id for hit in search(index, "stage en entreprise", EVERYONE).hits][:1] == [4]


def test_familiar_words_find_the_standard_ones_and_not_their_other_senses(index):
    index.apply(
        [
            make_doc(1, "Périscolaire", body="Les enfants du centre de loisirs sont partis en sortie."),
            make_doc(2, "Sécurité", body="Deux policiers municipaux passent le soir devant l'école."),
            make_doc(3, "Budget", body="Il manque de l'argent pour le minibus."),
            make_doc(4, "Mobilité", body="Prêt d'une voiture pour aller au travail."),
            make_doc(5, "Accueil", body="Fermeture de la caisse à 17 h."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "les gamins", EVERYONE).hits][:1] == [1]
    assert [hit.entry_id for hit in search(index, "flics", EVERYONE).hits][:1] == [2]
    assert [hit.entry_id for hit in search(index, "pas assez de fric", EVERYONE).hits][:1] == [3]
    assert [hit.entry_id for hit in search(index, "bagnole", EVERYONE).hits][:1] == [4]
    # "caisse" is a car only in slang: left out of the car words, so no car here.
    assert 4 not in [hit.entry_id for hit in search(index, "caisse", EVERYONE).hits]


def test_one_word_said_with_stop_words_keeps_its_own_synonyms_and_topics(index):
    index.apply(
        [
            make_doc(1, "Campus", body="Distribution de colis alimentaires aux étudiants."),
            make_doc(2, "Témoignage", body="« Avoir la dalle en amphi, ça arrive souvent. »"),
            make_doc(3, "Compta", body="Les factures du traiteur."),
        ]
    )
    # "avoir faim" is a term of the list ("avoir la dalle"), and "faim" alone has its
    # topic (food aid, parcels): typed as "ont faim", both still count.
    found = [hit.entry_id for hit in search(index, "ils ont faim", EVERYONE).hits]
    assert sorted(found) == [1, 2]


def test_official_and_everyday_names_of_the_same_things(index):
    index.apply(
        [
            make_doc(
                1, "Accessibilité", body="Le livret d'accueil réécrit en facile à lire et à comprendre."
            ),
            make_doc(2, "Parentalité", body="Ouverture du lieu d'accueil enfants-parents le mercredi."),
            make_doc(3, "Quartier", body="Un vif succès pour la fête des voisins."),
            make_doc(4, "Sécurité", body="Formation des agents aux violences intrafamiliales."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "FALC", EVERYONE).hits][:1] == [1]
    assert [hit.entry_id for hit in search(index, "LAEP", EVERYONE).hits][:1] == [2]
    # "VIF" is left out of the acronyms: "un vif succès" says nothing of violence.
    assert [hit.entry_id for hit in search(index, "violences intrafamiliales", EVERYONE).hits] == [4]


def test_ten_more_fields_and_a_second_pass_of_familiar_words(index):
    index.apply(
        [
            make_doc(1, "École", body="Le bus pédestre part de la place à 8 h 10 avec deux parents."),
            make_doc(2, "Collège", body="Le contrat local d'accompagnement à la scolarité redémarre."),
            make_doc(3, "Mobilité", body="Trois salariés font du covoiturage depuis le hameau."),
            make_doc(4, "Témoignage", body="« J'ai eu du mal à remplir le dossier de la CAF. »"),
            make_doc(5, "Goûter", body="Une boîte de chocolats offerte par les voisins."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "pédibus", EVERYONE).hits][:1] == [1]
    assert [hit.entry_id for hit in search(index, "CLAS", EVERYONE).hits][:1] == [2]
    assert [hit.entry_id for hit in search(index, "covoit", EVERYONE).hits][:1] == [3]
    assert [hit.entry_id for hit in search(index, "galérer avec la paperasse", EVERYONE).hits][:1] == [4]
    # "boîte" is a company only in slang: left out, so no chocolates for "entreprise".
    assert 5 not in [hit.entry_id for hit in search(index, "entreprise", EVERYONE).hits]
