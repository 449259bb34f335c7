'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface MapErrorBoundaryProps {
  readonly onError: (error: Error) => void;
  readonly children: ReactNode;
}

/** Keeps a failing map (a WebGL error, a broken style) from taking the story down with it. */
export class MapErrorBoundary extends Component<MapErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('The map failed; showing still images instead.', error, info.componentStack);
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
