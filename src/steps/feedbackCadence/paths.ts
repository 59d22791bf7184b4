import type { PathSegment } from '../../contract/edit';

/** A path under the cadence's slice. */
export const cadencePath = (...segments: PathSegment[]): PathSegment[] => ['steps', 'feedbackCadence', ...segments];

/** One undo step per field: the edits of one field coalesce under its path. */
export const keyOf = (segments: PathSegment[]) => segments.map((s) => (typeof s === 'string' ? s : s.id)).join('.');

/** A new item's id: the prefix and a random part (ids only need to be unique within their list). */
export const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
