import type { EditOp, PathSegment } from '../../contract/edit';

/** Where the step's slice sits in the document. */
export const BASE = ['steps', 'sharedGoal'] as const;

/** A path under the slice. */
export const at = (...rest: PathSegment[]): PathSegment[] => [...BASE, ...rest];

/** One `set` under the slice. */
export const setOp = (path: PathSegment[], value: unknown): EditOp => ({ type: 'set', path: at(...path), value });

/** The burst-of-typing key for undo: one undo step per field and burst. */
export const coalesceKey = (path: PathSegment[]): string =>
  `sharedGoal:${path.map((segment) => (typeof segment === 'string' ? segment : segment.id)).join('.')}`;
