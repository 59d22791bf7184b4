import { useEffect, useState } from 'react';
import type { AnyStepViews } from '../../steps/kit/views';
import { hasViews, loadViews, loadedViewsOf } from './registry';

export type StepViewsState = { status: 'loading' } | { status: 'ready'; views: AnyStepViews } | { status: 'missing' } | { status: 'failed'; error: string };

/**
 * A step's views for a component: ready at once when already loaded, else loading (and the
 * component renders again when they arrive). `missing` for a step this build has no views for.
 */
export function useStepViews(stepId: string | null): StepViewsState {
  const [, setTick] = useState(0);
  const [failure, setFailure] = useState<{ stepId: string; error: string } | null>(null);
  const ready = stepId ? loadedViewsOf(stepId) : undefined;
  useEffect(() => {
    if (!stepId || loadedViewsOf(stepId)) return;
    let live = true;
    loadViews(stepId).then(
      () => live && setTick((n) => n + 1),
      (error: unknown) => live && setFailure({ stepId, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [stepId]);
  if (!stepId) return { status: 'missing' };
  if (ready) return { status: 'ready', views: ready };
  if (failure?.stepId === stepId) return { status: 'failed', error: failure.error };
  return { status: 'loading' };
}

/** Every listed step's views, once all are loaded (the playbook lays out its pages only then). */
export function useAllStepViews(requested: readonly string[]): Map<string, AnyStepViews> | null {
  const stepIds = requested.filter(hasViews);
  const key = stepIds.join('\u0000');
  const [, setTick] = useState(0);
  const all = stepIds.every((id) => loadedViewsOf(id) !== undefined);
  useEffect(() => {
    if (all) return;
    let live = true;
    void Promise.all(stepIds.map((id) => loadViews(id).catch(() => undefined))).then(() => live && setTick((n) => n + 1));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, all]);
  if (!all) return null;
  return new Map(stepIds.map((id) => [id, loadedViewsOf(id)!]));
}
