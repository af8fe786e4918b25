// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('Cannot access before initialization');
}

describe('a part of the page that fails', () => {
  it('shows its error with Reload in place, and the parts beside it keep working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
        <ErrorBoundary>
          <p>the legend</p>
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Cannot access before initialization/);
    expect(screen.getByRole('button', { name: /reload/i })).toBeTruthy();
    expect(screen.getByText('the legend')).toBeTruthy();
  });
});
