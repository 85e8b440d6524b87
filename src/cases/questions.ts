import type { Localized } from '../core/localized.js';
import type { CallOptions } from '../calculators/shared/explained.js';
import { adbStatus } from '../calculators/adb-status/index.js';
import { authorizeCardPayment } from '../calculators/authorize-card-payment/index.js';
import { canContinue } from '../calculators/can-continue/index.js';
import { caseTimeline, type MilestoneKind } from '../calculators/case-timeline/index.js';
import { cardDeadlines } from '../calculators/card-deadlines/index.js';
import { computeDeadline } from '../calculators/compute-deadline/index.js';
import { dayStatus } from '../calculators/day-status/index.js';
import { deemedDelivery } from '../calculators/deemed-delivery/index.js';
import { enforcementActAllowed } from '../calculators/enforcement-act-allowed/index.js';
import { extractVisibility } from '../calculators/extract-visibility/index.js';
import { hideRequestDecision } from '../calculators/hide-request-decision/index.js';
import { hideRequestEarliest } from '../calculators/hide-request-earliest/index.js';
import { mainleveeRoute } from '../calculators/mainlevee-route/index.js';
import { ocpmOrder } from '../calculators/ocpm-order/index.js';
import { oppositionDeadline } from '../calculators/opposition-deadline/index.js';
import { paymentDeadline } from '../calculators/payment-deadline/index.js';
import { saleWindow } from '../calculators/sale-window/index.js';
import { validatePayment } from '../calculators/validate-payment/index.js';
import type { Extension } from '../engines/calendar/deadline.js';
import type { CellKind } from './cells.js';

/** An input column: its French name (and other names), the field of the function's input it fills (JSON pointer), how it is read. */
export interface Field {
  name: string;
  aliases?: readonly string[];
  /** JSON pointer into the input, e.g. "/target/balance"; its last segments (target.balance) are a name too. */
  path: string;
  kind: CellKind;
}

/** How an expected answer is written: a date, an amount, oui/non (or its own words), a whole number, reason codes, a word, a text. */
export type AnswerKind = 'date' | 'amount' | 'yesno' | 'integer' | 'codes' | 'text' | { choices: Record<string, unknown> };

/** An expected answer (CSV column `attendu.<id>`): the field of the result it reads. */
export interface Answer {
  id: string;
  label: Localized;
  /** JSON pointer into the result, e.g. "/lastDay", "/delivery/earliest"; "/reasons" for the reason codes. */
  path: string;
  kind: AnswerKind;
  /**
   * For an answer that is one element of a list (a milestone of a timeline): `path` is the list, the
   * element is the one whose field `by` equals `equals`, and `read` is its field read; no such element
   * reads as « aucune ». The answer's own name is then `equals.read` (`attendu.feries.name`), or `equals`
   * alone for the first answer of that element (`attendu.opposition-last-day`).
   */
  pick?: { by: string; equals: string; read: string };
}

/** The functions a case may ask besides the seizure and the payment order's deadlines. */
export type QuestionId =
  | 'validatePayment'
  | 'authorizeCardPayment'
  | 'computeDeadline'
  | 'oppositionDeadline'
  | 'paymentDeadline'
  | 'canContinue'
  | 'saleWindow'
  | 'adbStatus'
  | 'extractVisibility'
  | 'hideRequestEarliest'
  | 'hideRequestDecision'
  | 'dayStatus'
  | 'enforcementActAllowed'
  | 'deemedDelivery'
  | 'cardDeadlines'
  | 'ocpmOrder'
  | 'mainleveeRoute'
  | 'caseTimeline';

/** One question a case may ask: the public function that answers it, its input columns, its answers. */
export interface Question {
  /** The function's name (also accepted in the `fonction` column). */
  id: QuestionId;
  /** What the `fonction` column says, in French. */
  names: readonly string[];
  label: Localized;
  fields: readonly Field[];
  answers: readonly Answer[];
  run: (input: never, options: CallOptions) => object;
}

const L = (fr: string, en: string): Localized => ({ fr, en });
const f = (name: string, path: string, kind: CellKind, aliases?: readonly string[]): Field => ({ name, path, kind, ...(aliases ? { aliases } : {}) });
const a = (id: string, path: string, kind: AnswerKind, fr: string, en: string): Answer => ({ id, path, kind, label: L(fr, en) });

const canton = f('canton', '/canton', 'text');
const suspensions = f('suspensions', '/suspensions', 'spans');
const notifiedOn = f('notifié le', '/notifiedOn', 'date', ['date de notification', 'notification']);
const notifiedAt = f('heure de notification', '/notifiedAt', 'time', ['notifié à']);
const reasons = a('motifs', '/reasons', 'codes', 'motifs', 'reasons');
const deadline = [a('premier jour', '/startsOn', 'date', 'premier jour du délai', 'first day'), a('dernier jour', '/lastDay', 'date', 'dernier jour du délai', 'last day')];
// A deadline's extensions (CPC 142 al. 3, LP 63), by what the end fell on: the day it moved to, and the
// holiday's or the féries' name (a Record, so a new reason needs its answers).
const EXTENSIONS: Record<Extension['reason'], [until: string, name: string | null, fr: string, en: string]> = {
  saturday: ["report samedi jusqu'au", null, 'un samedi', 'a Saturday'],
  sunday: ["report dimanche jusqu'au", null, 'un dimanche', 'a Sunday'],
  holiday: ["report jour férié jusqu'au", 'jour férié du report', 'un jour férié', 'a public holiday'],
  feries: ["report féries jusqu'au", 'féries du report', 'les féries ou une suspension', 'the féries or a suspension'],
};
const extensions = Object.entries(EXTENSIONS).flatMap(([reason, [until, name, fr, en]]): Answer[] => [
  { ...a(until, '/extensions', 'date', `délai reporté (fin tombant ${fr}) jusqu'au`, `extended (end on ${en}) until`), pick: { by: 'reason', equals: reason, read: 'until' } },
  ...(name === null ? [] : [{ ...a(name, '/extensions', 'text', `nom de ${fr} qui reporte le délai`, `name of ${en} extending the deadline`), pick: { by: 'reason', equals: reason, read: 'name' } }]),
]);
// The day service takes effect (a service in closed hours or during the féries counts from a later day).
const effective = a('notification effective le', '/effectiveFrom', 'date', 'notification effective le', 'service effective from');
const paymentMoment = f('moment du paiement', '/at', 'datetime', ['payé le']);
const opposition = [
  f('opposition le', '/opposition/filedOn', 'date', ['opposition formée le']),
  f("état de l'opposition", '/opposition/status', { choices: { pendante: 'pending', retirée: 'withdrawn', levée: 'lifted' } }),
  f('opposition partielle', '/opposition/partial', 'yesno'),
  f('procédures', '/opposition/proceedings', 'spans', ['procédures de mainlevée']),
];
const hideFacts = [notifiedOn, f('sans opposition', '/opposition', 'null-if-yes'), ...opposition, f('clôturée le', '/closedOn', 'date', ['fin de la procédure']), canton];
const assets = { choices: { mobiliers: 'movable', meubles: 'movable', immobiliers: 'immovable', immeuble: 'immovable', revenus: 'income', salaire: 'income' } };
// Each milestone of a timeline, an answer of its own: its French id and label (a Record, so a new kind needs one).
const MILESTONES: Record<MilestoneKind, [id: string, fr: string, en: string]> = {
  service: ['notification', 'notification du commandement de payer', 'service of the payment order'],
  'opposition-filed': ['opposition formée le', 'opposition formée', 'opposition filed'],
  'opposition-last-day': ["opposition jusqu'au", 'dernier jour pour former opposition', 'last day to oppose'],
  'payment-last-day': ["paiement jusqu'au", 'dernier jour pour payer', 'last day to pay'],
  'continuation-from': ['continuation dès le', 'continuation requise au plus tôt', 'earliest continuation'],
  'continuation-until': ["continuation jusqu'au", 'dernier jour pour requérir la continuation (LP 88 al. 2)', 'last day to request the continuation'],
  'hide-request-from': ['non-divulgation dès le', 'demande de non-divulgation possible dès le', 'request not to disclose from'],
  'hide-request-until': ["non-divulgation jusqu'au", 'dernier jour pour demander la non-divulgation', 'last day to request non-disclosure'],
  seizure: ['saisie le', 'saisie', 'seizure'],
  'sale-from': ['vente dès le', 'vente requise au plus tôt', 'sale from'],
  'sale-until': ["vente jusqu'au", 'vente requise au plus tard', 'sale until'],
  'adb-issued': ['adb délivré le', "délivrance de l'acte de défaut de biens", 'certificate of loss issued'],
  'adb-continuation-until': ["continuation sur adb jusqu'au", 'continuation sans nouveau commandement de payer (LP 149 al. 3)', 'continuation on the ADB until'],
  'adb-prescription': ['prescription le', 'prescription de la créance (ADB)', 'claim prescribes'],
  'adb-last-day-to-interrupt': ['dernier jour pour interrompre', 'dernier jour pour interrompre la prescription', 'last day to interrupt'],
  closed: ['clôture le', 'clôture de la procédure', 'end of the procedure'],
  'extract-visible-until': ["visible jusqu'au", 'visible sur l’extrait jusqu’au', 'visible on the extract until'],
};
const milestones = Object.entries(MILESTONES).map(([kind, [id, fr, en]]): Answer => ({ ...a(id, '/milestones', 'date', fr, en), pick: { by: 'kind', equals: kind, read: 'date' } }));
const yes = (accepted: string, refused: string) => ({ choices: { [accepted]: true, [refused]: false } });

// One entry per function a lawyer checks: the words of the `fonction` column, the input columns (French
// names; the input's own field names are accepted too) and the answers a case may expect.
export const QUESTIONS: readonly Question[] = [
  {
    id: 'validatePayment', names: ['paiement en ligne', 'paiement'], label: L('paiement en ligne (OCP, OCPM)', 'online payment (OCP, OCPM)'), run: validatePayment,
    fields: [
      f('office', '/office', { choices: { OCP: 'OCP', OCPM: 'OCPM' } }), paymentMoment, f('montant', '/amount', 'amount-as-written'),
      f('objet', '/target/kind', 'text', ['poursuite ou adb']), f('solde', '/target/balance', 'amount', ['solde dû']), f('référence', '/target/reference', 'text'),
      f('moyen', '/method/type', { choices: { carte: 'card', twint: 'twint' } }, ['moyen de paiement']),
      f('marque', '/method/brand', { choices: { visa: 'visa', mastercard: 'mastercard', maestro: 'maestro', postfinance: 'postfinance', amex: 'amex', autre: 'other' } }, ['réseau']),
      f('type de carte', '/method/funding', { choices: { débit: 'debit', crédit: 'credit', prépayée: 'prepaid' } }),
      f('paiements en ligne activés', '/method/issuer/onlinePaymentsEnabled', 'yesno'), f('échéance de la carte', '/method/issuer/expiry', 'month', ['expiration']),
      f("réponse de l'émetteur", '/issuerResponse', { choices: { approuvé: 'approved', refusé: 'declined' } }),
    ],
    answers: [a('décision', '/accepted', yes('accepté', 'refusé'), 'décision', 'decision'), reasons, a('solde après', '/balanceAfter', 'amount', 'solde après paiement', 'balance after'), a('paiement', '/kind', { choices: { complet: 'full', acompte: 'partial' } }, 'paiement complet ou acompte', 'full or partial')],
  },
  {
    id: 'authorizeCardPayment', names: ['paiement par carte', 'autorisation de la carte'], label: L('paiement par carte de débit', 'debit card payment'), run: authorizeCardPayment,
    fields: [
      paymentMoment, f('montant', '/amount', 'amount'),
      f('canal', '/channel', { choices: { 'en ligne': 'online', 'puce et NIP': 'chip-pin', 'puce et code': 'chip-pin', 'sans contact': 'contactless', distributeur: 'atm', bancomat: 'atm' } }),
      f('échéance de la carte', '/card/expiry', 'month', ['expiration']), f('carte bloquée', '/card/blocked', 'yesno'),
      f('paiements en ligne activés', '/card/onlinePaymentsEnabled', 'yesno'), f('puce et NIP déjà utilisés', '/card/chipAndPinUsedOnce', 'yesno'),
      f('zones ouvertes', '/card/openZones', 'list'), f('zone du commerçant', '/merchant/zone', 'text'), f('3-D Secure', '/merchant/threeDSecure', 'yesno'),
      f('commerçant', '/merchant/name', 'text'), f('disponible', '/account/available', 'amount', ['solde disponible']),
    ],
    answers: [a('décision', '/approved', yes('autorisé', 'refusé'), 'décision', 'decision'), reasons, a('risque du titulaire', '/holderBearsRisk', 'yesno', 'risque à la charge du titulaire', 'risk borne by the holder')],
  },
  {
    id: 'computeDeadline', names: ['calcul de délai', 'délai légal'], label: L('délai (CPC 142, LP 63)', 'deadline (CPC 142, LP 63)'), run: computeDeadline,
    fields: [f('événement le', '/from', 'date', ['point de départ']), f('jours', '/period/days', 'integer'), f('mois', '/period/months', 'integer'), f('années', '/period/years', 'integer', ['ans']), f('LP 63', '/lp63', 'yesno'), canton, suspensions],
    answers: [...deadline, a('fin nominale', '/nominalEnd', 'date', 'fin nominale du délai', 'nominal end'), ...extensions],
  },
  {
    id: 'oppositionDeadline', names: ["délai d'opposition", 'opposition'], label: L("délai d'opposition (LP 74)", 'opposition period (LP 74)'), run: oppositionDeadline,
    fields: [
      notifiedOn, notifiedAt, f('opposition par', '/filing/channel', { choices: { poste: 'post', guichet: 'counter', 'voie électronique': 'electronic', électronique: 'electronic' } }),
      f('opposition le', '/filing/on', 'date', ['remise le']), f('reçu électronique le', '/filing/receiptAt', 'datetime'), canton, suspensions,
    ],
    answers: [...deadline, a('dixième jour', '/nominalEnd', 'date', "dixième jour du délai d'opposition", 'day 10'), effective, a('à temps', '/timely', 'yesno', 'opposition à temps', 'in time'), ...extensions],
  },
  {
    id: 'paymentDeadline', names: ['délai de paiement'], label: L('délai de paiement (LP 69)', 'payment period (LP 69)'), run: paymentDeadline,
    fields: [notifiedOn, notifiedAt, f('paiement accepté le', '/payment/acceptedAt', 'datetime'), f('débité le', '/payment/debitedOn', 'date'), canton, suspensions],
    answers: [
      ...deadline, a('vingtième jour', '/nominalEnd', 'date', 'vingtième jour du délai de paiement', 'day 20'), effective,
      a('continuation dès le', '/earliestContinuationOn', 'date', 'continuation requise au plus tôt', 'earliest continuation'), a('payé à temps', '/paymentTimely', 'yesno', 'payé à temps', 'paid in time'), ...extensions,
    ],
  },
  {
    id: 'canContinue', names: ['continuation', 'réquisition de continuer'], label: L('réquisition de continuer la poursuite (LP 88)', 'continuation request (LP 88)'), run: canContinue,
    fields: [notifiedOn, f('requise le', '/requestedOn', 'date', ['réquisition le']), f('payé entièrement', '/paidInFull', 'yesno'), ...opposition, canton],
    answers: [
      a('décision', '/allowed', yes('admise', 'refusée'), 'décision', 'decision'), reasons, a('continuation dès le', '/earliestOn', 'date', 'continuation requise au plus tôt', 'earliest continuation'),
      a('péremption le', '/expiresOn', 'date', 'péremption (LP 88 al. 2)', 'lapses on'), a('jours suspendus', '/suspendedDays', 'integer', 'jours suspendus', 'days stood still'),
      a('étendue', '/scope', { choices: { 'toute la créance': 'whole-claim', 'partie non contestée': 'undisputed-part' } }, 'étendue', 'scope'),
    ],
  },
  {
    id: 'saleWindow', names: ['réalisation', 'vente'], label: L('réquisition de vente (LP 116)', 'sale request (LP 116)'), run: saleWindow,
    fields: [
      f('saisi le', '/seizedOn', 'date', ['saisie le']),
      f('biens', '/asset', assets),
      f('dernière saisie complémentaire le', '/lastSupplementarySeizureOn', 'date'), canton,
    ],
    answers: [a('vente dès le', '/opensOn', 'date', 'vente requise au plus tôt', 'sale from'), a("vente jusqu'au", '/closesOn', 'date', 'vente requise au plus tard', 'sale until')],
  },
  {
    id: 'adbStatus', names: ['acte de défaut de biens', 'adb'], label: L('acte de défaut de biens (LP 149, 149a)', 'certificate of loss (LP 149, 149a)'), run: adbStatus,
    fields: [f('délivré le', '/issuedOn', 'date'), f('notifié au créancier le', '/notifiedToCreditorOn', 'date'), f('décès du débiteur le', '/debtorDiedOn', 'date'), canton],
    answers: [
      a("continuation jusqu'au", '/continuationUntil', 'date', 'continuation sans nouveau commandement de payer', 'continuation until'),
      a('prescription le', '/prescribesOn', 'date', 'prescription', 'prescribes on'), a('dernier jour pour interrompre', '/lastDayToInterrupt', 'date', 'dernier jour pour interrompre la prescription', 'last day to interrupt'),
      a('intérêts', '/interestAccrues', 'yesno', 'intérêts courent', 'interest accrues'),
      a('continuation depuis', '/continuationFrom', { choices: { notification: 'notification', délivrance: 'issuance' } }, 'six mois de continuation comptés depuis', 'continuation counted from'),
    ],
  },
  {
    id: 'extractVisibility', names: ['extrait', "extrait du registre"], label: L('extrait du registre des poursuites (LP 8a)', 'register extract (LP 8a)'), run: extractVisibility,
    fields: [f('clôturée le', '/closedOn', 'date', ['fin de la procédure']), f('retirée par le créancier', '/withdrawnByCreditor', 'yesno'), f('payée le', '/paidOn', 'date'), f('au', '/asOf', 'date', ['à la date du'])],
    answers: [a('visible', '/visibleToThirdParties', 'yesno', 'visible pour les tiers', 'visible to third parties'), a("visible jusqu'au", '/visibleUntil', 'date', 'visible jusqu’au', 'visible until'), a('mention', '/shownAs', { choices: { payée: 'paid', ouverte: 'open' } }, 'mention', 'shown as')],
  },
  {
    id: 'hideRequestEarliest', names: ['non-divulgation au plus tôt', 'demande de non-divulgation au plus tôt'], label: L('demande de non-divulgation : quand (LP 8a al. 3 let. d)', 'request not to disclose: when (LP 8a al. 3 let. d)'), run: hideRequestEarliest,
    fields: [...hideFacts, f('demandée le', '/requestedOn', 'date', ['demande le'])],
    answers: [
      a('dès le', '/on', 'date', 'demande possible dès le', 'possible from'), a("jusqu'au", '/until', 'date', 'demande possible jusqu’au', 'possible until'),
      a('applicable', '/applies', 'yesno', 'voie applicable', 'applies'), a('version', '/version', 'text', 'version de la loi', 'version of the law'), a('à temps', '/timely', 'yesno', 'demande à temps', 'in time'), reasons,
    ],
  },
  {
    id: 'hideRequestDecision', names: ['non-divulgation', 'demande de non-divulgation'], label: L('demande de non-divulgation : décision (LP 8a al. 3 let. d)', 'request not to disclose: decision (LP 8a al. 3 let. d)'), run: hideRequestDecision,
    fields: [
      ...hideFacts, f('demandée le', '/requestedOn', 'date', ['demande le']), f('délai de preuve', '/proofDeadline', 'date'), f('preuve du créancier le', '/creditorProofOn', 'date'),
      f('continuée le', '/continuedOn', 'date'), f('rejet prouvé le', '/liftingRejectedOn', 'date'), f('au', '/asOf', 'date', ['à la date du']),
    ],
    answers: [
      a('divulguée', '/disclosed', 'yesno', 'poursuite divulguée', 'disclosed'),
      a('état', '/status', { choices: { 'demande refusée': 'request-refused', 'preuve attendue': 'awaiting-proof', 'preuve à temps': 'proof-in-time', 'non divulguée': 'not-disclosed', 'à nouveau visible': 'visible-again', 'rejet prouvé': 'rejection-proved' } }, 'état', 'status'),
      a('demande à temps', '/requestTimely', 'yesno', 'demande à temps', 'request in time'), a('délai de preuve', '/proofDeadline', 'date', 'délai de preuve du créancier', "creditor's proof deadline"),
      a('version', '/version', 'text', 'version de la loi', 'version of the law'), a('version de la décision', '/decisionVersion', 'text', 'version de la loi appliquée à la décision', 'version of the law decided under'),
      a('au', '/asOf', 'date', 'état au', 'as of'), reasons,
    ],
  },
  {
    id: 'dayStatus', names: ['jour', 'statut du jour'], label: L('statut du jour', 'status of a day'), run: dayStatus,
    fields: [f('date', '/date', 'date'), canton],
    answers: [a('férié', '/publicHoliday', 'yesno', 'jour férié', 'public holiday'), a('ouvrable', '/workingDay', 'yesno', 'jour ouvrable', 'working day'), a('féries', '/feries', 'yesno', 'dans les féries', 'in the féries'), a('nom du férié', '/holidayName/fr', 'text', 'nom du jour férié', 'name of the holiday')],
  },
  {
    id: 'enforcementActAllowed', names: ['acte de poursuite'], label: L('acte de poursuite permis (LP 56–62)', 'enforcement act allowed (LP 56–62)'), run: enforcementActAllowed,
    fields: [
      f("moment de l'acte", '/at', 'datetime'), canton, f('procédure', '/procedure', { choices: { ordinaire: 'ordinary', 'effet de change': 'bill-of-exchange', séquestre: 'sequestration' } }),
      f('débiteur suspendu', '/debtorSuspended', 'yesno'),
    ],
    answers: [a('décision', '/allowed', yes('permis', 'interdit'), 'décision', 'decision'), reasons],
  },
  {
    id: 'deemedDelivery', names: ['notification fictive'], label: L('notification fictive (CPC 138)', 'deemed delivery (CPC 138)'), run: deemedDelivery,
    fields: [
      f('document', '/document', { choices: { 'commandement de payer': 'payment-order', autre: 'other' } }), f('avisé le', '/failedAttemptOn', 'date', ['avis de retrait le']),
      f('retiré le', '/collectedOn', 'date'), f('notification attendue', '/deliveryExpected', 'yesno'),
    ],
    answers: [a('notifié le', '/deliveredOn', 'date', 'réputé notifié le', 'delivered on'), reasons],
  },
  {
    id: 'cardDeadlines', names: ['échéances de la carte'], label: L('échéances de la carte de débit', 'debit card deadlines'), run: cardDeadlines,
    fields: [f('échéance de la carte', '/expiry', 'month', ['expiration']), f('relevé reçu le', '/statementReceivedOn', 'date'), f('réservé le', '/reservedOn', 'date'), canton],
    answers: [
      a("valable jusqu'au", '/validThrough', 'date', 'carte valable jusqu’au', 'valid through'), a('remplacement à signaler le', '/reportMissingReplacementBy', 'date', 'carte de remplacement manquante à signaler le', 'report missing replacement by'),
      a("contester jusqu'au", '/contestBy', 'date', 'relevé à contester au plus tard', 'contest by'), a("réservation jusqu'au", '/reservationMayRemainUntil', 'date', 'réservation possible jusqu’au', 'reservation until'),
    ],
  },
  {
    id: 'ocpmOrder', names: ['commande OCPM'], label: L('commande en ligne à l’OCPM', 'OCPM online order'), run: ocpmOrder,
    fields: [f('commandé le', '/orderedOn', 'date'), f('paiement validé', '/paymentValidated', 'yesno'), canton],
    answers: [
      a('annulable', '/cancellable', 'yesno', 'commande annulable', 'cancellable'), a('émolument dû', '/feeDue', 'yesno', 'émolument dû', 'fee due'), a('remboursable', '/refundable', 'yesno', 'remboursable', 'refundable'),
      a('livraison au plus tôt', '/delivery/earliest', 'date', 'livraison au plus tôt', 'earliest delivery'), a('livraison au plus tard', '/delivery/latest', 'date', 'livraison au plus tard (indicatif)', 'latest delivery (indicative)'),
      a('livraison garantie', '/delivery/binding', 'yesno', 'délai de livraison garanti', 'binding delivery date'),
    ],
  },
  {
    id: 'mainleveeRoute', names: ['mainlevée'], label: L("voie de mainlevée de l'opposition (LP 79–82)", 'route to lift the opposition (LP 79–82)'), run: mainleveeRoute,
    fields: [
      f('titre', '/title', { choices: { 'jugement exécutoire': 'enforceable-judgment', 'décision administrative': 'administrative-decision', 'acte authentique': 'authentic-deed', 'reconnaissance de dette signée': 'signed-acknowledgment', aucun: 'none' } }),
    ],
    answers: [a('voie', '/route', { choices: { définitive: 'definitive', provisoire: 'provisional', 'action ordinaire': 'ordinary-action' } }, 'voie', 'route')],
  },
  {
    id: 'caseTimeline', names: ['chronologie', 'chronologie de la poursuite', 'jalons'], label: L('chronologie de la poursuite (LP 8a, 69, 74, 88, 116, 149, 149a)', 'timeline of the enforcement'), run: caseTimeline,
    fields: [
      notifiedOn, notifiedAt, ...opposition,
      f('saisi le', '/seizure/seizedOn', 'date', ['saisie le']), f('biens', '/seizure/asset', assets), f('dernière saisie complémentaire le', '/seizure/lastSupplementarySeizureOn', 'date'),
      f('adb délivré le', '/adb/issuedOn', 'date', ['délivré le']), f('adb notifié au créancier le', '/adb/notifiedToCreditorOn', 'date', ['notifié au créancier le']), f('décès du débiteur le', '/adb/debtorDiedOn', 'date'),
      f('clôturée le', '/closedOn', 'date', ['fin de la procédure']), f('payée le', '/paidOn', 'date'), f('retirée par le créancier', '/withdrawnByCreditor', 'yesno'), canton,
    ],
    answers: milestones,
  },
];
