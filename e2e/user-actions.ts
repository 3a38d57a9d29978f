import type { Locator, Page } from '@playwright/test';

/**
 * A thin wrapper around Playwright's mouse and keyboard that counts what a person does: each
 * click, double-click and drag counts one, and so does each typed name or key sequence.
 */
export class UserActions {
  count = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}

  private note(what: string) {
    this.count++;
    this.log.push(`${this.count}. ${what}`);
  }

  async click(target: Locator, what: string) {
    await target.click();
    this.note(`click ${what}`);
  }

  async doubleClick(target: Locator, what: string) {
    await target.dblclick();
    this.note(`double-click ${what}`);
  }

  /** Types a name and presses Enter: one typed name. */
  async typeName(name: string) {
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    this.note(`type "${name}" ⏎`);
  }

  /** One key sequence (e.g. ['Control+k'] or ['ArrowDown', 'Enter']). */
  async keys(keys: string[], what: string) {
    for (const key of keys) await this.page.keyboard.press(key);
    this.note(`keys ${keys.join(' ')} (${what})`);
  }

  /** Drags from an element's centre to a point on the page, in small steps, as a hand would. */
  async drag(from: Locator, to: { x: number; y: number }, what: string) {
    const box = await from.boundingBox();
    if (!box) throw new Error(`${what}: nothing to drag from`);
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + to.x) / 2, (start.y + to.y) / 2, { steps: 6 });
    await this.page.mouse.move(to.x, to.y, { steps: 6 });
    await this.page.mouse.up();
    this.note(`drag ${what}`);
  }
}
