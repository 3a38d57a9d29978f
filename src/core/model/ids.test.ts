import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from './ids';
import { ID_PATTERN } from './types';

describe('ids', () => {
  it.each([
    ['Order Service', 'order-service'],
    ['OrderPlaced', 'order-placed'],
    ['  ', 'item'],
    ['Überweisung gesendet', 'uberweisung-gesendet'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
  ])('slugify(%j) = %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(ID_PATTERN);
  });

  it('never hands out Object.prototype member names', () => {
    const taken = new Set<string>();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const id = uniqueId(slugify(name), taken);
      expect(id in Object.prototype).toBe(false);
      expect(id).toMatch(ID_PATTERN);
      taken.add(id);
    }
  });

  it('suffixes taken ids', () => {
    expect(uniqueId('orders', new Set(['orders', 'orders-2']))).toBe('orders-3');
  });
});
