# language: fr
# Les fonctions de la table des questions s'écrivent aussi en Gherkin : « Soit <colonne> : <valeur> »,
# « Quand on vérifie « <fonction> » », « Alors <réponse> : <valeur> » (colonnes et réponses : docs/cases.md).
Fonctionnalité: Paiement en ligne à l'OCP (CG OCP ch. 2–4)

  Scénario: Lundi 04.05.2026 : 1'000.01 CHF, un centime au-dessus du plafond
    Source: CG OCP ch. 3
    Soit moment du paiement : lundi 04.05.2026 10:00
    Et montant : 1'000.01 CHF
    Et objet : poursuite
    Et solde : 1'500.00 CHF
    Et moyen : twint
    Quand on vérifie « paiement en ligne »
    Alors décision : refusé
    Et motifs : AMOUNT_ABOVE_LIMIT
    Et solde après : 1'500.00 CHF

  Scénario: Lundi 04.05.2026 : le solde d'un ADB payé entièrement par Visa Debit
    Source: CG OCP ch. 4
    Soit moment du paiement : lundi 04.05.2026 10:00
    Et montant : 640.35
    Et objet : adb
    Et solde : 640.35
    Et moyen : carte
    Et marque : visa
    Et type de carte : débit
    Quand on vérifie « paiement en ligne »
    Alors décision : accepté
    Et paiement : complet
    Et solde après : 0.00

  Scénario: Opposition postée le jeudi 16.04.2026, un jour trop tard
    Source: LP 74 al. 1
    Soit notifié le : mercredi 18.03.2026
    Et opposition par : poste
    Et opposition le : jeudi 16.04.2026
    Quand on vérifie « délai d'opposition »
    Alors dernier jour : mercredi 15.04.2026
    Et à temps : non
