# language: fr
# Exemples travaillés de lp-rules (src/calculators/compute-minimum-vital/examples.json,
# seizable-quota/examples.json, src/rules/examples.json), écrits comme les juristes les écrivent.
Fonctionnalité: Minimum vital et quotité saisissable selon les normes genevoises (NI)

  Scénario: Débiteur seul, prime d'assurance maladie non payée (DCSO/127/2024)
    Source: DCSO/127/2024
    Soit un débiteur seul
    Et un loyer de 1'792.00 CHF
    Et des frais professionnels de 193.60 CHF
    Et des frais professionnels de 70.00 CHF
    Et une prime d'assurance maladie non payée de 412.30 CHF
    Et un revenu net de 3'551.85 CHF
    Quand on calcule le minimum vital au lundi 03.06.2024
    Alors le minimum vital est de 3'255.60 CHF
    Et le montant de base est de 1'200.00 CHF
    Et la quotité saisissable est de 296.25 CHF
    Et l'édition appliquée est KBKS-2009

  Scénario: Débiteur seul sans supplément, normes 2026
    Source: NI 2026 ch. I.1
    Soit un débiteur seul
    Quand on calcule le minimum vital au lundi 05.01.2026
    Alors le minimum vital est de 1'200.00 CHF
    Et l'édition appliquée est NI-2026

  Scénario: Parent seul avec deux enfants de 4 et 12 ans
    Source: NI 2026 ch. I.2, I.4
    Soit un parent seul
    Et les enfants suivants :
      | né le                 |
      | mercredi 15.09.2021   |
      | samedi 30.11.2013     |
    Quand on calcule le minimum vital au lundi 02.03.2026
    Alors le montant de base est de 1'350.00 CHF
    Et le montant pour les enfants est de 1'000.00 CHF
    Et le minimum vital est de 2'350.00 CHF

  Scénario: Le jour du dixième anniversaire, 600 CHF (lecture principale)
    Source: NI ch. I.4
    Soit un débiteur marié
    Et un enfant né le mercredi 02.03.2016
    Quand on calcule le minimum vital au lundi 02.03.2026
    Alors le minimum vital est de 2'300.00 CHF

  Scénario: Le même jour, lecture « jusqu'à 10 ans » : encore 400 CHF
    Soit un débiteur marié
    Et un enfant né le mercredi 02.03.2016
    Et l'interprétation childAge = after-age-10
    Quand on calcule le minimum vital au lundi 02.03.2026
    Alors le minimum vital est de 2'100.00 CHF

  Scénario: Couple marié : primes et pension alimentaire payées, revenus des deux conjoints
    Source: NI ch. I.3, II ; ATF 114 III 12
    Soit un débiteur marié
    Et les charges suivantes :
      | poste                      | montant    | payé |
      | prime d'assurance maladie  | 450.00     | oui  |
      | prime d'assurance maladie  | 450.00     | oui  |
      | pension alimentaire        | 500.00     | oui  |
    Et un revenu net de 5'000.00 CHF
    Et un revenu net du conjoint de 3'000.00 CHF
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le minimum vital est de 3'100.00 CHF
    Et la part du débiteur au minimum vital est de 1'937.50 CHF
    Et la part du conjoint au minimum vital est de 1'162.50 CHF
    Et la quotité saisissable est de 3'062.50 CHF

  Scénario: Concubinage sans enfant commun : la moitié de la base d'un couple
    Source: TF 5A_544/2024
    Soit un débiteur en concubinage
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le minimum vital est de 850.00 CHF

  Scénario: Parents non mariés avec un enfant commun : la base d'un couple avec enfants
    Source: NI ch. I.3 ; normes §3.8
    Soit un débiteur en concubinage
    Et un enfant né le dimanche 15.01.2023
    Et un loyer de 2'200.00 CHF
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le minimum vital est de 4'300.00 CHF

  Scénario: Colocation : la base entière, la moitié du loyer
    Soit un débiteur en colocation
    Et un loyer de 2'400.00 CHF
    Et une part de loyer de 0.5
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le loyer retenu est de 1'200.00 CHF
    Et le minimum vital est de 2'400.00 CHF

  Scénario: Un loyer non payé n'est pas compté
    Source: TF 5A_878/2013
    Soit un débiteur seul
    Et un loyer non payé de 1'500.00 CHF
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le minimum vital est de 1'200.00 CHF

  Scénario: Les impôts ne sont jamais comptés
    Soit un débiteur seul
    Et des impôts de 650.00 CHF
    Et des frais de garde de 300.00 CHF
    Et des frais de scolarité de 120.00 CHF
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le minimum vital est de 1'620.00 CHF

  Scénario: Saisie de revenus exécutée le 05.10.2026 : au plus tard jusqu'au même jour un an après
    Source: LP 93 al. 2
    Soit un débiteur seul
    Et un revenu net de 4'200.00 CHF
    Et une saisie de revenus exécutée le lundi 05.10.2026
    Quand on calcule le minimum vital au lundi 05.10.2026
    Alors la quotité saisissable est de 3'000.00 CHF
    Et la saisie de revenus prend fin le mardi 05.10.2027

  Scénario: Un ménage « seul » avec un enfant mineur est refusé
    Source: OCP, Vous êtes poursuivi — Le calcul du minimum vital
    Soit un débiteur seul
    Et un enfant né le dimanche 15.01.2023
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le calcul est refusé pour le motif HOUSEHOLD_SINGLE_WITH_CHILD

  Scénario: Un parent seul sans enfant mineur est refusé
    Soit un parent seul
    Quand on calcule le minimum vital au lundi 01.06.2026
    Alors le calcul est refusé pour le motif HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD
