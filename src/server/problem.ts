import { redactCardNumbers } from '../core/card-number.js';
import { LpError, LpInputError, LpNormError, type Issue } from '../core/errors.js';
import type { Localized } from '../core/localized.js';

export type Lang = 'fr' | 'en';

/** An RFC 9457 problem document, with the library's code and issues in the caller's language. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  issues?: { path: string; code: string; message: string }[];
  details?: Record<string, string>;
}

/** fr or en, by the caller's Accept-Language weights (en when neither is named). */
export function languageOf(header: string | string[] | undefined): Lang {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: Lang = 'en';
  let weight = 0;
  for (const part of text.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const lang = tag?.split('-')[0];
    if (lang !== 'fr' && lang !== 'en') continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const w = q ? Number(q[1]) : 1;
    if (w > weight) [best, weight] = [lang, w];
  }
  return best;
}

const TITLES: Record<number, Localized> = {
  400: { fr: 'Requête invalide', en: 'Bad request' },
  404: { fr: 'Introuvable', en: 'Not found' },
  408: { fr: 'Délai de requête dépassé', en: 'Request timeout' },
  413: { fr: 'Corps de requête trop grand', en: 'Payload too large' },
  415: { fr: 'Type de contenu non pris en charge', en: 'Unsupported media type' },
  422: { fr: 'Aucune norme en vigueur', en: 'No norm in force' },
  503: { fr: 'Service indisponible', en: 'Service unavailable' },
  500: { fr: 'Erreur interne', en: 'Internal error' },
};

/** What the server itself refuses (not the library): code, status, FR/EN text. Never repeats the request. */
export const HTTP_PROBLEMS = {
  INVALID_JSON: { status: 400, message: { fr: "Le corps n'est pas du JSON valide.", en: 'The body is not valid JSON.' } },
  INVALID_UTF8: { status: 400, message: { fr: "Le corps n'est pas de l'UTF-8 valide.", en: 'The body is not valid UTF-8.' } },
  SENSITIVE_DATA: {
    status: 400,
    message: { fr: 'La requête contient un numéro de carte : refusée, jamais enregistrée.', en: 'The request holds a card number: refused, never logged.' },
  },
  BODY_TOO_LARGE: { status: 413, message: { fr: 'Le corps dépasse la taille admise.', en: 'The body is larger than allowed.' } },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: { fr: 'Type de contenu attendu : application/json (application/x-ndjson pour /v1/recalculate).', en: 'Expected content type: application/json (application/x-ndjson for /v1/recalculate).' },
  },
  NOT_FOUND: { status: 404, message: { fr: 'Aucune ressource à cette adresse.', en: 'No resource at this address.' } },
  METHOD_NOT_ALLOWED: { status: 404, message: { fr: 'Aucune ressource pour cette méthode.', en: 'No resource for this method.' } },
  REQUEST_TIMEOUT: { status: 408, message: { fr: "La requête n'a pas abouti dans le temps imparti.", en: 'The request did not complete within the time limit.' } },
  PROCESSING_TIMEOUT: {
    status: 503,
    message: {
      fr: "Le calcul n'a pas abouti dans le temps imparti (--timeout) : la requête est abandonnée, le service reste disponible.",
      en: 'The computation did not finish within the time limit (--timeout): the request is abandoned, the service stays available.',
    },
  },
  SHUTTING_DOWN: { status: 503, message: { fr: "Le service s'arrête.", en: 'The service is shutting down.' } },
  BAD_REQUEST: { status: 400, message: { fr: 'Requête invalide.', en: 'Bad request.' } },
  INTERNAL: { status: 500, message: { fr: 'Erreur interne : la requête est consignée sous son identifiant.', en: 'Internal error: the request is logged under its id.' } },
} as const satisfies Record<string, { status: number; message: Localized }>;
export type HttpProblemCode = keyof typeof HTTP_PROBLEMS;

/** A problem document for one of the server's own codes. */
export function httpProblem(code: HttpProblemCode, lang: Lang, issues: readonly Issue[] = []): Problem {
  const p = HTTP_PROBLEMS[code];
  return build(p.status, code, p.message, lang, issues);
}

function build(status: number, code: string, message: Localized, lang: Lang, issues: readonly Issue[], details?: Readonly<Record<string, string>>): Problem {
  return {
    type: `urn:lp-rules:problem:${code}`,
    title: (TITLES[status] ?? TITLES[400]!)[lang],
    status,
    detail: message[lang],
    code,
    ...(issues.length > 0 ? { issues: issues.map((i) => ({ path: i.path, code: i.code, message: i.message[lang] })) } : {}),
    ...(details && Object.keys(details).length > 0 ? { details: { ...details } } : {}),
  };
}

// Fastify's own refusals, by its error code: statuses as the ecosystem expects them.
const FASTIFY: Record<string, HttpProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
};

/** A thrown error as a problem document: the library's own with its code and issues; anything else generic. */
export function problemOf(error: unknown, lang: Lang): Problem {
  if (error instanceof LpInputError) return build(400, error.code, error.messages, lang, error.issues);
  if (error instanceof LpNormError) {
    const status = error.code === 'NO_NORM_IN_FORCE' ? 422 : error.code === 'UNKNOWN_RULE_SET' ? 404 : 400;
    return build(status, error.code, error.messages, lang, [], error.details);
  }
  if (error instanceof LpError) return build(400, error.code, error.messages, lang, []);
  if (error instanceof ServerRefusal) return httpProblem(error.code, lang, error.issues);
  const e = error as { code?: unknown; statusCode?: unknown };
  if (typeof e.code === 'string' && Object.hasOwn(FASTIFY, e.code)) return httpProblem(FASTIFY[e.code]!, lang);
  // Any other 4xx Fastify names (a malformed header…): its status, our generic wording (its message may echo input).
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return { ...httpProblem('BAD_REQUEST', lang), status: e.statusCode, title: (TITLES[e.statusCode] ?? TITLES[400]!)[lang] };
  return httpProblem('INTERNAL', lang);
}

/** A refusal of the server's own (a body that is not JSON, a card number in the URL…). */
export class ServerRefusal extends Error {
  constructor(readonly code: HttpProblemCode, readonly issues: readonly Issue[] = []) {
    super(code);
  }
}

/** For logs: an error's code and its message with any card number written out of it. */
export function loggable(error: unknown): { code?: string; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  return { ...(typeof e.code === 'string' ? { code: e.code } : {}), message: redactCardNumbers(String(e.message ?? error)) };
}
