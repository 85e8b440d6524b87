# language: fr
# La chronologie d'une poursuite (caseTimeline) : chaque jalon est une réponse ; « aucune » dit que la
# poursuite n'a pas ce jalon (colonnes et réponses : docs/cases.md, « chronologie »).
Fonctionnalité: Chronologie de la poursuite (LP 8a, 69, 74, 88, 116, 149, 149a)

  Scénario: Opposition levée après une procédure de mainlevée, saisie, puis acte de défaut de biens
    Source: LP 8a, 74, 88, 116, 149, 149a
    Soit notifié le : lundi 09.03.2026
    Et opposition le : jeudi 12.03.2026
    Et état de l'opposition : levée
    Et procédures : du lundi 04.05.2026 au lundi 31.08.2026
    Et saisi le : lundi 05.10.2026
    Et biens : mobiliers
    Et adb délivré le : mardi 01.06.2027
    Quand on vérifie « chronologie »
    Alors opposition jusqu'au : jeudi 19.03.2026
    Et paiement jusqu'au : mercredi 15.04.2026
    Et non-divulgation dès le : mercredi 10.06.2026
    Et vente dès le : vendredi 06.11.2026
    Et continuation jusqu'au : mercredi 07.07.2027
    Et vente jusqu'au : mardi 05.10.2027
    Et continuation sur adb jusqu'au : mercredi 01.12.2027
    Et prescription le : samedi 01.06.2047
    Et dernier jour pour interrompre : mardi 04.06.2047
    Et non-divulgation jusqu'au : aucune

  Scénario: Notifié le mardi 09.06.2026 à 06:45, pendant les heures closes, sans opposition
    Source: LP 56 ch. 1, 69, 74, 88
    Soit notifié le : mardi 09.06.2026
    Et heure de notification : 06:45
    Quand on vérifie « chronologie »
    Alors opposition jusqu'au : vendredi 19.06.2026
    Et paiement jusqu'au : lundi 29.06.2026
    Et continuation dès le : mardi 30.06.2026
    Et opposition formée le : aucune
    Et saisie le : aucune
