import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

/**
 * GETs `path` from the admin API now, whenever `key` changes, and again after the delay
 * `next(answer)` returns (null: stop). Errors become `null` data with the error kept.
 */
export function usePolled<T>(path: string | null, key: string, next: (answer: T) => number | null) {
  const { get } = useFetchClient();
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!path) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      try {
        const { data: answer } = await get<T>(path);
        if (stopped) return;
        setData(answer);
        setFailed(false);
        const delay = next(answer);
        if (delay !== null) timer = setTimeout(() => void load(), delay);
      } catch {
        if (stopped) return;
        setFailed(true);
        timer = setTimeout(() => void load(), 15_000);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Not on `next`: it is a pure choice of delay, and a new function each render must not restart the polling.
  }, [path, key, get]);
  return { data, failed };
}
