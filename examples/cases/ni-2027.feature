# language: fr
# Cas de l'office pour adopter les normes 2027, à lancer contre l'édition projetée :
#   lp-rules test examples/cases/ni-2027.feature --norms examples/norms/NI-2027.draft.json
# examples/norms/NI-2027.draft.json est un EXEMPLE FICTIF (montants de base hypothétiques : 1'250 / 1'400 / 1'750,
# les montants pour enfants 400 / 600 inchangés). Chiffres calculés à la main à partir de ces montants.
Fonctionnalité: Normes d'insaisissabilité 2027 (projet) — cas de l'office avant adoption
  Source: NI-2027 (projet, rsGE E 3 60.04)

  Scénario: Le débiteur de la DCSO/127/2024 sous les normes 2027
    Source: DCSO/127/2024
    Soit un débiteur seul
    Et un loyer de 1'792.00 CHF
    Et des frais professionnels de 193.60 CHF
    Et des frais professionnels de 70.00 CHF
    Et une prime d'assurance maladie non payée de 412.30 CHF
    Et un revenu net de 3'551.85 CHF
    Quand on calcule le minimum vital au lundi 04.01.2027
    # 1'250.00 + 1'792.00 + 193.60 + 70.00 = 3'305.60 ; 3'551.85 − 3'305.60 = 246.25
    Alors le minimum vital est de 3'305.60 CHF
    Et le montant de base est de 1'250.00 CHF
    Et la quotité saisissable est de 246.25 CHF
    Et l'édition appliquée est NI-2027

  Scénario: Parent seul avec des enfants de 5 et 13 ans
    Soit un parent seul
    Et un enfant né le mercredi 15.09.2021
    Et un enfant né le samedi 30.11.2013
    Quand on calcule le minimum vital au lundi 04.01.2027
    # 1'400.00 + 400.00 + 600.00 = 2'400.00
    Alors le minimum vital est de 2'400.00 CHF
    Et le montant pour les enfants est de 1'000.00 CHF

  Scénario: Couple marié, deux revenus
    Source: ATF 114 III 12
    Soit un débiteur marié
    Et les charges suivantes :
      | poste                     | montant | payé |
      | prime d'assurance maladie | 450.00  | oui  |
      | prime d'assurance maladie | 450.00  | oui  |
      | pension alimentaire       | 500.00  | oui  |
    Et un revenu net de 5'000.00 CHF
    Et un revenu net du conjoint de 3'000.00 CHF
    Quand on calcule le minimum vital au lundi 04.01.2027
    # 1'750.00 + 900.00 + 500.00 = 3'150.00 ; part du débiteur 3'150.00 × 5/8 = 1'968.75 ; 5'000.00 − 1'968.75 = 3'031.25
    Alors le minimum vital est de 3'150.00 CHF
    Et la part du débiteur au minimum vital est de 1'968.75 CHF
    Et la part du conjoint au minimum vital est de 1'181.25 CHF
    Et la quotité saisissable est de 3'031.25 CHF

  Scénario: Concubinage sans enfant commun : la moitié de la base d'un couple
    Source: TF 5A_544/2024
    Soit un débiteur en concubinage
    Quand on calcule le minimum vital au lundi 04.01.2027
    # 1'750.00 / 2
    Alors le minimum vital est de 875.00 CHF

  Scénario: La veille, les normes 2026 s'appliquent encore
    Soit un débiteur seul
    Quand on calcule le minimum vital au jeudi 31.12.2026
    Alors le minimum vital est de 1'200.00 CHF
    Et l'édition appliquée est NI-2026
