import type { Props } from '@theme/ArchCatalog/Diagram';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Mermaid from '@theme/Mermaid';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import styles from './styles.module.css';

const ZOOM_STEP = 1.25;
const ZOOM_MIN = 0.25;
const ZOOM_MAX = 8;

/** Sizes the drawn diagram at `zoom` times its own width, whenever mermaid (re)draws it. */
function useZoomedSvg(canvas: RefObject<HTMLDivElement | null>, open: boolean, zoom: number): void {
  useEffect(() => {
    const box = canvas.current;
    if (!open || !box) return undefined;
    const apply = (): void => {
      const svg = box.querySelector('svg');
      const width = svg?.viewBox.baseVal?.width;
      if (!svg || !width) return;
      svg.style.maxWidth = 'none';
      svg.style.width = `${Math.round(width * zoom)}px`;
      svg.style.height = 'auto';
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(box, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [canvas, open, zoom]);
}

/**
 * A mermaid diagram in the page's width, and a button that opens it full
 * size in a dialog, where it can be zoomed and scrolled (small screens
 * shrink a wide diagram past reading).
 */
export default function Diagram({ value, label }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [zoom, setZoom] = useState(1);
  useZoomedSvg(canvas, open, zoom);
  const show = (): void => {
    setZoom(1);
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <div className={styles.diagram}>
      <Mermaid value={value} />
      {isBrowser && (
        <>
          <button
            type="button"
            className={`button button--sm button--secondary ${styles.open}`}
            onClick={show}
          >
            Full size
          </button>
          <dialog
            ref={dialog}
            className={styles.dialog}
            aria-label={label}
            onClose={() => setOpen(false)}
          >
            <div className={styles.toolbar}>
              <span className={styles.title}>{label}</span>
              <button
                type="button"
                className="button button--sm button--secondary"
                aria-label="Zoom out"
                onClick={() => setZoom((z) => Math.max(ZOOM_MIN, z / ZOOM_STEP))}
              >
                −
              </button>
              <output className={styles.zoom} aria-live="polite">
                {Math.round(zoom * 100)}%
              </output>
              <button
                type="button"
                className="button button--sm button--secondary"
                aria-label="Zoom in"
                onClick={() => setZoom((z) => Math.min(ZOOM_MAX, z * ZOOM_STEP))}
              >
                +
              </button>
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => setZoom(1)}
              >
                Actual size
              </button>
              <button
                type="button"
                className="button button--sm button--primary"
                onClick={() => dialog.current?.close()}
              >
                Close
              </button>
            </div>
            <div ref={canvas} className={styles.canvas}>
              {open && <Mermaid value={value} />}
            </div>
          </dialog>
        </>
      )}
    </div>
  );
}
