/**
 * The views' half of the seam's promise (the definition's half: src/steps/seam.typetest.ts): a
 * step whose views miss a part, or a view registry that misses a registered step or lends it
 * another step's views, fails `tsc`. Each `@ts-expect-error` marks one such case. Never imported.
 */
import type { StepEditorProps, StepViews } from '../../steps/kit/views';
import type { SliceOf } from '../../steps';
import { stepViewLoaders } from './registry';

type Slice = { count: number };
const Editor = ({ slice }: StepEditorProps<Slice>) => <p>{slice.count}</p>;
const Presenter = ({ slice }: { slice: Slice }) => <p>{slice.count}</p>;
const PlaybookSection = ({ slice }: { slice: Slice }) => <h2>{slice.count}</h2>;

export const whole: StepViews<Slice> = { Editor, Presenter, PlaybookSection };

// @ts-expect-error views without a presenter view
export const noPresenter: StepViews<Slice> = { Editor, PlaybookSection };

// @ts-expect-error views without a playbook section
export const noPlaybook: StepViews<Slice> = { Editor, Presenter };

// @ts-expect-error views without an editor
export const noEditor: StepViews<Slice> = { Presenter, PlaybookSection };

const { sharedGoal: _goal, ...withoutGoal } = stepViewLoaders;
// @ts-expect-error a view registry without one of the registered steps
export const missingStep: typeof stepViewLoaders = withoutGoal;

// @ts-expect-error a registered step given another step's views (of another slice)
export const otherSlice: typeof stepViewLoaders = { ...stepViewLoaders, setup: stepViewLoaders.sharedGoal };

// @ts-expect-error views of a slice other than the step's own
export const wrongViews: StepViews<SliceOf<'setup'>> = whole;
