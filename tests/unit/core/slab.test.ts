import { describe, expect, it } from 'vitest';
import { TokenSlab } from '../../../src/core/slab';

describe('TokenSlab', () => {
  it('cuts zeroed, separate arrays of n from one buffer', () => {
    const slab = new TokenSlab(5, 1, 2);
    const a = slab.int32();
    const b = slab.uint8();
    const c = slab.uint8();
    expect([a.length, b.length, c.length]).toEqual([5, 5, 5]);
    a.fill(-1);
    b.fill(7);
    expect([...a]).toEqual([-1, -1, -1, -1, -1]);
    expect([...b]).toEqual([7, 7, 7, 7, 7]);
    expect([...c]).toEqual([0, 0, 0, 0, 0]);
    expect(a.buffer).toBe(b.buffer);
    expect(b.buffer).toBe(c.buffer);
  });

  it('gives a new array of its own once its room is used', () => {
    const slab = new TokenSlab(3, 0, 1);
    const first = slab.uint8();
    const second = slab.uint8();
    const int = slab.int32();
    second[0] = 9;
    expect(first[0]).toBe(0);
    expect(second.buffer).not.toBe(first.buffer);
    expect([int.length, second.length]).toEqual([3, 3]);
  });

  it('hands its buffer, zeroed again, to the next slab once released', () => {
    const first = new TokenSlab(4, 1, 1);
    const a = first.int32();
    a.fill(-1);
    first.uint8().fill(7);
    first.release();
    const next = new TokenSlab(3, 1, 1);
    const b = next.int32();
    const c = next.uint8();
    expect(b.buffer).toBe(a.buffer);
    expect([...b, ...c]).toEqual([0, 0, 0, 0, 0, 0]);
    // (taken until released again: a slab made meanwhile has a buffer of its own)
    expect(new TokenSlab(1, 0, 1).uint8().buffer).not.toBe(a.buffer);
  });

  it('holds an article of no tokens', () => {
    const slab = new TokenSlab(0, 1, 7);
    expect(slab.int32().length).toBe(0);
    expect(slab.uint8().length).toBe(0);
  });
});
