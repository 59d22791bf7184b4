import { Minus, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { addVote, removeVote, type VoteTarget } from '../../domain/wall';
import { useWallEditor } from './WallContext';

// Made once: a card typed in renders again, its icons need not (the same element is skipped).
const MINUS_ICON = <Minus aria-hidden="true" size={16} />;
const PLUS_ICON = <Plus aria-hidden="true" size={16} />;

interface VoteControlsProps {
  target: VoteTarget;
  /** The card's text or the theme's name, for the buttons' names. */
  name: string;
  /** The dots placed on the card or theme itself. */
  own: number;
  /** What is shown: a theme shows its total (its own dots and its cards'). */
  shown?: number;
  /** A line under the count, e.g. how a theme's total is made up. */
  detail?: string;
}

/** − count + for one card or theme: a dot more or less, never below 0 nor past the dots left. */
export function VoteControls({ target, name, own, shown = own, detail }: VoteControlsProps) {
  const { t } = useTranslation('currentState');
  const { currentWall, currentParticipants, noDotsLeft, run } = useWallEditor();
  return (
    <div className="vote-controls">
      <button
        type="button"
        className="vote-button"
        aria-label={t('votes.remove', { name })}
        disabled={own <= 0}
        onClick={() => run(removeVote(currentWall(), target))}
      >
        {MINUS_ICON}
      </button>
      <span className="vote-count" title={detail}>
        <span className="visually-hidden">{t('votes.count', { count: shown })}</span>
        <span aria-hidden="true">
          <span className="vote-dot" /> {shown}
        </span>
        {detail ? <span className="visually-hidden">{`(${detail})`}</span> : null}
      </span>
      <button
        type="button"
        className="vote-button"
        aria-label={t('votes.add', { name })}
        disabled={noDotsLeft}
        onClick={() => run(addVote(currentWall(), target, currentParticipants()))}
      >
        {PLUS_ICON}
      </button>
    </div>
  );
}
