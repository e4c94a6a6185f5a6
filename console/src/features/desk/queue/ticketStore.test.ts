import { describe, expect, it } from 'vitest';
import { localTicketStore, ticketNumber, TicketError } from './ticketStore';

/** A clock the test moves. */
function clock(start: string) {
  let current = new Date(start);
  return {
    now: () => current,
    set: (iso: string) => {
      current = new Date(iso);
    },
  };
}

describe('localTicketStore', () => {
  it('numbers tickets A001, A002, … per point and day, with the system time as queuedAt', async () => {
    const time = clock('2025-03-10T01:00:00Z');
    const store = localTicketStore(localStorage, time.now);
    const first = await store.take('sp-a');
    time.set('2025-03-10T01:02:00Z');
    const second = await store.take('sp-a');
    expect(first).toEqual({ number: 'A001', servicePointId: 'sp-a', queuedAt: '2025-03-10T01:00:00.000Z', status: 'WAITING', handlingIds: [] });
    expect(second.number).toBe('A002');
    expect(second.queuedAt).toBe('2025-03-10T01:02:00.000Z');
    expect(ticketNumber(1000)).toBe('A1000');
  });

  it('keeps each point its own numbering', async () => {
    const time = clock('2025-03-10T01:00:00Z');
    const store = localTicketStore(localStorage, time.now);
    await store.take('sp-a');
    await store.take('sp-a');
    expect((await store.take('sp-b')).number).toBe('A001');
    expect((await store.list('sp-a')).map((t) => t.number)).toEqual(['A001', 'A002']);
    expect((await store.list('sp-b')).map((t) => t.number)).toEqual(['A001']);
  });

  it('calls the longest-waiting ticket first (FIFO) with the system time as calledAt', async () => {
    const time = clock('2025-03-10T01:00:00Z');
    const store = localTicketStore(localStorage, time.now);
    await store.take('sp-a');
    time.set('2025-03-10T01:01:00Z');
    await store.take('sp-a');
    time.set('2025-03-10T01:05:00Z');
    const called = await store.callNext('sp-a');
    expect(called).toMatchObject({ number: 'A001', status: 'CALLED', calledAt: '2025-03-10T01:05:00.000Z' });

    await expect(store.callNext('sp-a')).rejects.toMatchObject({ code: 'already-serving' });
    await store.finish('sp-a', 'A001');
    expect((await store.callNext('sp-a'))?.number).toBe('A002');
    await store.abandon('sp-a', 'A002');
    expect(await store.callNext('sp-a')).toBeUndefined();
    expect((await store.list('sp-a')).map((t) => t.status)).toEqual(['DONE', 'ABANDONED']);
  });

  it('starts a new queue at A001 on the next agency day (Asia/Shanghai midnight) and drops the old day', async () => {
    const time = clock('2025-03-10T15:58:00Z'); // 23:58 in Shanghai
    const store = localTicketStore(localStorage, time.now);
    await store.take('sp-a');
    await store.take('sp-a');
    time.set('2025-03-10T16:01:00Z'); // 00:01 the next day in Shanghai
    expect(await store.list('sp-a')).toEqual([]);
    const first = await store.take('sp-a');
    expect(first.number).toBe('A001');
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    expect(keys).toEqual(['chs.console.queue.v1.sp-a.2025-03-11']);
  });

  it('records handlings on the called ticket only, and refuses to abandon a ticket that has some', async () => {
    const time = clock('2025-03-10T01:00:00Z');
    const store = localTicketStore(localStorage, time.now);
    await store.take('sp-a');
    await expect(store.recordHandling('sp-a', 'A001', 'hdl-1')).rejects.toMatchObject({ code: 'not-called' });
    await store.callNext('sp-a');
    await store.recordHandling('sp-a', 'A001', 'hdl-1');
    const twice = await store.recordHandling('sp-a', 'A001', 'hdl-1');
    expect(twice.handlingIds).toEqual(['hdl-1']);
    await expect(store.abandon('sp-a', 'A001')).rejects.toBeInstanceOf(TicketError);
    await expect(store.finish('sp-a', 'A009')).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.finish('sp-a', 'A001')).status).toBe('DONE');
    await expect(store.finish('sp-a', 'A001')).rejects.toMatchObject({ code: 'not-called' });
  });

  it('ignores a damaged storage entry instead of failing the desk', async () => {
    const time = clock('2025-03-10T01:00:00Z');
    localStorage.setItem('chs.console.queue.v1.sp-a.2025-03-10', '{not json');
    const store = localTicketStore(localStorage, time.now);
    expect(await store.list('sp-a')).toEqual([]);
    expect((await store.take('sp-a')).number).toBe('A001');
  });
});
