/** Records everything that goes wrong quietly while a page loads. */
import type { Page } from '@playwright/test';

/** CSP refusals, script errors, requests to other origins and failed subresources, as readable lines. */
export function watchProblems(page: Page, baseURL: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    // A 404 document logs its own status; failed subresources are caught by the response listener.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  return problems;
}
