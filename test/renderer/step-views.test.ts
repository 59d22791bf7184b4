import { describe, expect, it } from 'vitest';
import { stepViews } from '../../src/renderer/steps/registry';
import { registeredStepIds } from '../../src/steps';

// The type checker already refuses a registered step without views (`satisfies Record<StepId, …>`);
// this checks the same at run time, and that each view is a component.
describe("the renderer's step views", () => {
  it('has an editor, a presenter view and a playbook section for every registered step', () => {
    expect(Object.keys(stepViews).sort()).toEqual([...registeredStepIds].sort());
    for (const id of registeredStepIds) {
      const views = stepViews[id];
      expect(typeof views.Editor, `${id} editor`).toBe('function');
      expect(typeof views.Presenter, `${id} presenter`).toBe('function');
      expect(typeof views.PlaybookSection, `${id} playbook`).toBe('function');
    }
  });
});
