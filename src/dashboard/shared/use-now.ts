import { useEffect, useState } from 'react';

/** The current time, refreshed so "in 7 days" and past-moment checks stay true while the form stays open. */
export function useNow(refreshMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
