'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface FailureBoundaryProps {
  /** What fails, for the console: "The map", "The QR code". */
  readonly what: string;
  /** What shows instead; nothing by default. */
  readonly fallback?: ReactNode;
  readonly onError?: (error: Error) => void;
  readonly children: ReactNode;
}

/**
 * Keeps one failing part (a WebGL error, a chunk that would not load) from taking the page
 * down with it: React would otherwise unmount everything up to the nearest boundary, Next's
 * whole-page error screen.
 */
export class FailureBoundary extends Component<FailureBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.what} failed.`, error, info.componentStack);
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
