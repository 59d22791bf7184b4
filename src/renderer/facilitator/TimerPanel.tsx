import { Pause, Play, Plus, RotateCcw } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerState } from '../../contract/session';
import { formatCountdown, formatOvertime, readTimer } from '../../domain/timer';
import { changeTimer } from '../session/session-actions';
import { useNow } from '../use-now';
import { chimeEnabled, playChime, setChimeEnabled } from './chime';

interface TimerPanelProps {
  itemId: string;
  timer: TimerState;
  timeboxMinutes: number;
}

/** The step's timebox: remaining time, overtime, start/pause, reset, +5 minutes, and a chime. */
export function TimerPanel({ itemId, timer, timeboxMinutes }: TimerPanelProps) {
  const { t } = useTranslation('facilitator');
  const chimeId = useId();
  const now = useNow(timer.startedAt !== null);
  const reading = readTimer(timer, timeboxMinutes, now);
  const [chime, setChime] = useState(chimeEnabled);
  const wasPositive = useRef(reading.remainingMs > 0);

  useEffect(() => {
    // The chime sounds once, as the running timer crosses zero in this window.
    if (wasPositive.current && reading.remainingMs <= 0 && reading.running && chime) playChime();
    wasPositive.current = reading.remainingMs > 0;
  }, [reading.remainingMs, reading.running, chime]);

  return (
    <section className={`timer-panel${reading.overtime ? ' timer-panel--overtime' : ''}`} aria-labelledby="timer-title">
      <h3 id="timer-title">{t('timer.title')}</h3>
      <p className="timer-panel__time" aria-live="off">
        <span className="visually-hidden">{reading.overtime ? t('timer.overtimeLabel') : t('timer.remainingLabel')}</span>
        {formatCountdown(reading.remainingMs)}
      </p>
      <p className="timer-panel__status">
        {reading.overtime
          ? t('timer.overtime', { time: formatOvertime(reading.remainingMs) })
          : t('timer.of', { minutes: timeboxMinutes + timer.extraMinutes })}
        {' · '}
        {reading.running ? t('timer.running') : reading.spentMs > 0 ? t('timer.paused') : t('timer.notStarted')}
      </p>
      <div className="timer-panel__buttons">
        {reading.running ? (
          <button type="button" className="button button--primary" onClick={() => void changeTimer(itemId, 'pause')}>
            <Pause aria-hidden="true" size={18} />
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void changeTimer(itemId, 'start')}>
            <Play aria-hidden="true" size={18} />
            {t('timer.start')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void changeTimer(itemId, 'extend')}>
          <Plus aria-hidden="true" size={18} />
          {t('timer.extend')}
        </button>
        <button type="button" className="button" onClick={() => void changeTimer(itemId, 'reset')} disabled={reading.spentMs === 0 && timer.extraMinutes === 0}>
          <RotateCcw aria-hidden="true" size={18} />
          {t('timer.reset')}
        </button>
      </div>
      <div className="checkbox-field">
        <input
          id={chimeId}
          type="checkbox"
          checked={chime}
          onChange={(event) => {
            setChime(event.target.checked);
            setChimeEnabled(event.target.checked);
          }}
        />
        <label htmlFor={chimeId}>{t('timer.chime')}</label>
      </div>
    </section>
  );
}
