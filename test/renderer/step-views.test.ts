import { describe, expect, it } from 'vitest';
import { hasViews, loadViews, stepViewLoaders } from '../../src/renderer/steps/registry';
import { registeredStepIds } from '../../src/steps';

// The type checker already refuses a registered step without views (the loaders' mapped type);
// this loads each chunk as the app does and checks that each view is a component.
describe("the renderer's step views", () => {
  it('has an editor, a presenter view and a playbook section for every registered step, loaded on demand', async () => {
    expect(Object.keys(stepViewLoaders).sort()).toEqual([...registeredStepIds].sort());
    for (const id of registeredStepIds) {
      expect(hasViews(id), id).toBe(true);
      const views = await loadViews(id);
      expect(typeof views?.Editor, `${id} editor`).toBe('function');
      expect(typeof views?.Presenter, `${id} presenter`).toBe('function');
      expect(typeof views?.PlaybookSection, `${id} playbook`).toBe('function');
    }
    expect(hasViews('nope')).toBe(false);
    await expect(loadViews('nope')).resolves.toBeUndefined();
  });
});
