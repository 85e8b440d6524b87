# language: fr
# Exemples travaillés de lp-rules (src/calculators/opposition-deadline/examples.json, payment-deadline/examples.json).
Fonctionnalité: Délais du commandement de payer (LP 74, LP 69, LP 63)

  Scénario: Notifié un samedi, jour ordinaire pour les actes de poursuite
    Source: LP 74 al. 1 ; ATF 114 III 55
    Quand le commandement de payer est notifié le samedi 10.10.2026
    Alors le délai d'opposition court dès le dimanche 11.10.2026
    Et le délai d'opposition échoit le mardi 20.10.2026

  Scénario: Le dixième jour tombe le Jeûne genevois
    Source: CPC 142 al. 3 ; J 1 45
    Quand le commandement de payer est notifié le lundi 31.08.2026
    Alors le dixième jour du délai d'opposition est le jeudi 10.09.2026
    Et le délai d'opposition échoit le vendredi 11.09.2026

  Scénario: Le même service à Zurich, où le Jeûne genevois n'est pas férié
    Soit le canton de Zurich (ZH)
    Quand le commandement de payer est notifié le lundi 31.08.2026
    Alors le délai d'opposition échoit le jeudi 10.09.2026

  Scénario: Le dixième jour dans les féries de Noël : troisième jour ouvrable après elles
    Source: LP 63
    Quand le commandement de payer est notifié le mercredi 17.12.2025
    Alors le dixième jour du délai d'opposition est le samedi 27.12.2025
    Et le délai d'opposition échoit le mardi 06.01.2026

  Scénario: Samedi avant les féries de Pâques : LP 63 (lecture principale)
    Source: LP 63 ; normes §4 ch. 1
    Quand le commandement de payer est notifié le mercredi 18.03.2026
    Alors le dixième jour du délai d'opposition est le samedi 28.03.2026
    Et le délai d'opposition échoit le mercredi 15.04.2026

  Scénario: Le même service, lecture subsidiaire : le lundi reporté demeure
    Soit l'interprétation shiftIntoFeries = shifted-day
    Quand le commandement de payer est notifié le mercredi 18.03.2026
    Alors le délai d'opposition échoit le lundi 30.03.2026

  Scénario: Notifié pendant les féries de Pâques : effet le premier jour utile
    Source: ATF 121 III 284
    Quand le commandement de payer est notifié le mardi 07.04.2026 à 10:00
    Alors le délai d'opposition court dès le lundi 13.04.2026
    Et le délai d'opposition échoit le mercredi 22.04.2026

  Scénario: Notifié à 21:00, pendant les heures closes
    Source: LP 56 ch. 1
    Quand le commandement de payer est notifié le mardi 09.06.2026 à 21:00
    Alors le délai d'opposition court dès le mercredi 10.06.2026
    Et le délai d'opposition échoit le vendredi 19.06.2026

  Scénario: Une suspension couvre le dixième jour
    Source: LP 63 ; LP 57
    Soit une suspension du lundi 08.06.2026 au vendredi 12.06.2026
    Quand le commandement de payer est notifié le lundi 01.06.2026
    Alors le dixième jour du délai d'opposition est le jeudi 11.06.2026
    Et le délai d'opposition échoit le mercredi 17.06.2026

  Scénario: Délai de paiement : le vingtième jour ouvre les féries de Pâques
    Source: LP 69 al. 2 ch. 2 ; LP 63 ; LP 88 al. 1
    Quand le commandement de payer est notifié le lundi 09.03.2026
    Alors le vingtième jour du délai de paiement est le dimanche 29.03.2026
    Et le délai de paiement échoit le mercredi 15.04.2026
    Et la continuation peut être requise dès le jeudi 16.04.2026

  Scénario: Même service, continuation dès le lendemain du vingtième jour (lecture subsidiaire)
    Soit l'interprétation earliestContinuation = after-day-20
    Quand le commandement de payer est notifié le lundi 09.03.2026
    Alors la continuation peut être requise dès le lundi 30.03.2026

  Scénario: LP 63 n'est pas monotone : notifié le 12.12.2028…
    Source: LP 63 ; ATF 149 III 179
    Quand le commandement de payer est notifié le mardi 12.12.2028
    Alors le vingtième jour du délai de paiement est le lundi 01.01.2029
    Et le délai de paiement échoit le jeudi 04.01.2029

  Scénario: … notifié un jour plus tard, le délai échoit plus tôt
    Quand le commandement de payer est notifié le mercredi 13.12.2028
    Alors le délai de paiement échoit le mardi 02.01.2029
