import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueTicket } from '../types';
import { useTicketStore } from './useTicketStore';

export const queueKey = (servicePointId: string) => ['desk', 'queue', servicePointId] as const;

/** Today's queue of the point: the tickets, the one being served, and the operations on them. */
export function useQueue(servicePointId: string) {
  const store = useTicketStore();
  const queryClient = useQueryClient();
  const key = queueKey(servicePointId);

  const tickets = useQuery({
    queryKey: key,
    queryFn: () => store.list(servicePointId),
    // Picks up a new day (the list is per day) and changes made in another tab.
    refetchInterval: 60_000,
  });

  useEffect(() => {
    const onStorage = () => void queryClient.invalidateQueries({ queryKey: queueKey(servicePointId) });
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient, servicePointId]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const take = useMutation({ mutationFn: () => store.take(servicePointId), onSettled: refresh });
  const callNext = useMutation({ mutationFn: () => store.callNext(servicePointId), onSettled: refresh });
  const finish = useMutation({ mutationFn: (number: string) => store.finish(servicePointId, number), onSettled: refresh });
  const abandon = useMutation({ mutationFn: (number: string) => store.abandon(servicePointId, number), onSettled: refresh });
  const recordHandling = useMutation({
    mutationFn: ({ number, handlingId }: { number: string; handlingId: string }) => store.recordHandling(servicePointId, number, handlingId),
    onSettled: refresh,
  });

  const all: QueueTicket[] = tickets.data ?? [];
  return {
    tickets: all,
    loading: tickets.isPending,
    error: tickets.error,
    current: all.find((t) => t.status === 'CALLED'),
    waiting: all.filter((t) => t.status === 'WAITING'),
    closed: all.filter((t) => t.status === 'DONE' || t.status === 'ABANDONED'),
    take,
    callNext,
    finish,
    abandon,
    recordHandling,
  };
}

export type Queue = ReturnType<typeof useQueue>;
