import { describe, expect, test } from 'vitest';
import { webUrl } from '../src/links.ts';

describe('links from API data', () => {
  test('web addresses are links', () => {
    expect(webUrl('https://acme.atlassian.net/browse/WEB-1')).toBe('https://acme.atlassian.net/browse/WEB-1');
    expect(webUrl('http://jira.local:8080/browse/WEB-1')).toBe('http://jira.local:8080/browse/WEB-1');
  });

  test('anything else is not: script and data URLs, relative or broken ones, nothing', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '/browse/WEB-1',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(webUrl(url), String(url)).toBeNull();
    }
  });
});
