import { pointerKey } from '../core/errors.js';
import { SeizureFileSchema } from '../schemas/seizure-file.js';

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; const?: unknown; type?: string; pattern?: string };

/** The schema node at a JSON pointer of a seizure file (the first union branch that has the segment). */
function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = SeizureFileSchema as unknown as Node;
  for (const raw of path.split('/').slice(1)) {
    const segment = pointerKey(raw);
    const branches: Node[] = node?.anyOf ?? (node ? [node] : []);
    node = undefined;
    for (const b of branches) {
      const next = /^\d+$/.test(segment) && b.items ? b.items : b.properties?.[segment];
      if (next) {
        node = next;
        break;
      }
    }
  }
  return node;
}

/** The values a field allows, when it is a list of words (an enum); else null. */
export function allowedValues(path: string): string[] | null {
  const node = nodeAt(path);
  const values = node?.anyOf?.map((b) => b.const);
  return values && values.length > 0 && values.every((x) => typeof x === 'string') ? (values as string[]) : null;
}

let types: string[] | null = null;
/** The household types, from the schema (never restated). */
export const householdTypes = (): string[] => (types ??= allowedValues('/household/type') ?? []);

const SINGLE_EXPENSES = new Set(['rent', 'alimony', 'childcare', 'education']);

/** The CSV column a JSON pointer of a converted row stands for (`record`: the converted row), or null. */
export function columnOf(path: string, record: Record<string, unknown>): string | null {
  const s = path.split('/').slice(1);
  if (s.length === 0) return null;
  if (s[0] === 'household') return s[1] === 'children' ? 'childrenBirthDates' : 'householdType';
  if (s[0] !== 'expenses') return s[0]!;
  const name = s[1];
  if (name === undefined) return null;
  if (SINGLE_EXPENSES.has(name)) return s[2] === 'proven' ? `${name}Proven` : name;
  if ((name === 'healthInsurance' || name === 'professional') && s[2] !== undefined) {
    const list = (record.expenses as Record<string, unknown[]> | undefined)?.[name];
    return typeof list?.[Number(s[2])] === 'object' ? `${name}Unproven` : name;
  }
  return name;
}
