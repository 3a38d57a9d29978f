import { connect, dragFromPalette, node } from './canvas-helpers';
import { expect, openApp, screenshot, test, timed } from './fixtures';

const problem = (page: import('@playwright/test').Page, ruleId: string) => page.locator('.problem').filter({ hasText: ruleId });

test('a command-named event and a consumer with no DLQ and no idempotency key: see the findings, apply the quick fixes', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 160, 160);
  await dragFromPalette(page, 'Topic', 440, 160);
  await dragFromPalette(page, 'Consumer', 720, 160);
  await connect(page, 'producer', 'topic');
  await connect(page, 'topic', 'consumer');

  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const name = page.getByLabel('Event name');
  await name.fill('PlaceOrder');
  await name.blur();
  await page.getByTestId('edge-label-producer-publishes-topic').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('PlaceOrder').check();

  await page.getByRole('tab', { name: /Problems/ }).click();
  await timed('lint findings shown after the edit', () => expect(problem(page, 'event-name-past-tense')).toBeVisible());
  await expect(problem(page, 'consumer-dead-letter')).toBeVisible();
  await expect(problem(page, 'consumer-idempotency')).toBeVisible();
  await expect(page.getByTestId('count-error')).not.toHaveText('0');
  await expect(node(page, 'consumer')).toBeVisible();
  await screenshot(page, 'problems-light');

  // Clicking a finding selects its element and shows the rule's rationale in the inspector.
  await problem(page, 'consumer-dead-letter').locator('.problem-main').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /Subscription/ })).toBeVisible();
  await inspector.getByText('Why this matters').first().click();

  await problem(page, 'event-name-past-tense').getByRole('button', { name: 'Rename to OrderPlaced' }).click();
  await expect(problem(page, 'event-name-past-tense')).toHaveCount(0);
  await expect(page.getByText('OrderPlaced').first()).toBeVisible();

  await problem(page, 'consumer-dead-letter').locator('.btn-primary').click();
  await expect(problem(page, 'consumer-dead-letter')).toHaveCount(0);
  await expect(page.locator('.react-flow__node.rf-dlq')).toHaveCount(1);

  await problem(page, 'consumer-idempotency').locator('.btn-primary').click();
  await expect(problem(page, 'consumer-idempotency')).toHaveCount(0);
  await screenshot(page, 'problems-fixed-light');

  // Every fix is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(problem(page, 'consumer-idempotency')).toBeVisible();
});

test('a rule can be switched off for the design, with a reason, and a finding suppressed on one element', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Topic', 300, 200);
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(problem(page, 'orphan-topic')).toBeVisible();

  // Suppress on the element, with a reason.
  await node(page, 'topic').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.locator('.finding').filter({ hasText: 'orphan-topic' }).getByRole('button', { name: 'Suppress…' }).click();
  await inspector.getByLabel('Reason for suppressing').fill('placeholder for a topic owned by another team');
  await inspector.getByRole('button', { name: 'Suppress', exact: true }).click();
  await expect(problem(page, 'orphan-topic')).toHaveCount(0);

  // Re-grade a rule for the whole design.
  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await inspector.getByText('Lint rules').click();
  await inspector.getByLabel('Severity of partition-key').selectOption('off');
  await inspector.getByLabel('Reason for changing partition-key').fill('single-partition dev cluster');
  await inspector.getByLabel('Reason for changing partition-key').blur();
  await expect(problem(page, 'partition-key')).toHaveCount(0);
  await inspector.getByRole('button', { name: /Lift suppression of orphan-topic/ }).click();
  await expect(problem(page, 'orphan-topic')).toBeVisible();
});
