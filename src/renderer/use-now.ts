import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `active`: for timers on screen. */
export function useNow(active: boolean, intervalMs = 250): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return active ? now : new Date();
}
