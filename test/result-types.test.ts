import type { Static } from '@sinclair/typebox';
import { describe, expectTypeOf, it } from 'vitest';
import type * as lib from '../src/index.js';
import type { RESULT_SCHEMAS } from '../src/schemas/results.js';

// The published output schemas and the TypeScript result types say the same thing: each is assignable
// to the other (checked by the type checker when `npm test` runs `tsc`).
type Out<F extends keyof typeof RESULT_SCHEMAS> = Static<(typeof RESULT_SCHEMAS)[F]>;
type Ret<F extends keyof typeof lib> = (typeof lib)[F] extends (...a: never[]) => infer R ? R : never;

describe('output schemas and result types', () => {
  it('agree', () => {
    expectTypeOf<Ret<'validatePayment'>>().toMatchTypeOf<Out<'validatePayment'>>();
    expectTypeOf<Out<'validatePayment'>>().toMatchTypeOf<Ret<'validatePayment'>>();
    expectTypeOf<Ret<'dayStatus'>>().toMatchTypeOf<Out<'dayStatus'>>();
    expectTypeOf<Ret<'computeDeadline'>>().toMatchTypeOf<Out<'computeDeadline'>>();
    expectTypeOf<Out<'computeDeadline'>>().toMatchTypeOf<Ret<'computeDeadline'>>();
    expectTypeOf<Ret<'paymentDeadline'>>().toMatchTypeOf<Out<'paymentDeadline'>>();
    expectTypeOf<Ret<'enforcementActAllowed'>>().toMatchTypeOf<Out<'enforcementActAllowed'>>();
    expectTypeOf<Ret<'deemedDelivery'>>().toMatchTypeOf<Out<'deemedDelivery'>>();
    expectTypeOf<Ret<'seizableQuota'>>().toMatchTypeOf<Out<'seizableQuota'>>();
    expectTypeOf<Out<'seizableQuota'>>().toMatchTypeOf<Ret<'seizableQuota'>>();
    expectTypeOf<Ret<'canContinue'>>().toMatchTypeOf<Out<'canContinue'>>();
    expectTypeOf<Out<'canContinue'>>().toMatchTypeOf<Ret<'canContinue'>>();
    expectTypeOf<Ret<'saleWindow'>>().toMatchTypeOf<Out<'saleWindow'>>();
    expectTypeOf<Ret<'adbStatus'>>().toMatchTypeOf<Out<'adbStatus'>>();
    expectTypeOf<Out<'adbStatus'>>().toMatchTypeOf<Ret<'adbStatus'>>();
    expectTypeOf<Ret<'extractVisibility'>>().toMatchTypeOf<Out<'extractVisibility'>>();
    expectTypeOf<Ret<'hideRequestEarliest'>>().toMatchTypeOf<Out<'hideRequestEarliest'>>();
    expectTypeOf<Out<'hideRequestEarliest'>>().toMatchTypeOf<Ret<'hideRequestEarliest'>>();
    expectTypeOf<Ret<'hideRequestDecision'>>().toMatchTypeOf<Out<'hideRequestDecision'>>();
    expectTypeOf<Out<'hideRequestDecision'>>().toMatchTypeOf<Ret<'hideRequestDecision'>>();
    expectTypeOf<Ret<'mainleveeRoute'>>().toMatchTypeOf<Out<'mainleveeRoute'>>();
    expectTypeOf<Out<'mainleveeRoute'>>().toMatchTypeOf<Ret<'mainleveeRoute'>>();
    expectTypeOf<Ret<'authorizeCardPayment'>>().toMatchTypeOf<Out<'authorizeCardPayment'>>();
    expectTypeOf<Ret<'cardDeadlines'>>().toMatchTypeOf<Out<'cardDeadlines'>>();
    expectTypeOf<Ret<'ocpmOrder'>>().toMatchTypeOf<Out<'ocpmOrder'>>();
    expectTypeOf<Out<'ocpmOrder'>>().toMatchTypeOf<Ret<'ocpmOrder'>>();
  });
});
