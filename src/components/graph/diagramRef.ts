import { createContext, useContext, useRef, type RefObject } from 'react';

/**
 * The diagram's <svg>, shared with the page's other parts (the export menu reads it): components
 * reach each other through this, not through a test id in the document.
 */
export const DiagramContext = createContext<RefObject<SVGSVGElement | null> | null>(null);

/** The ref the diagram attaches its <svg> to: the page's shared one, or its own where none is given. */
export function useDiagramRef(): RefObject<SVGSVGElement | null> {
  const own = useRef<SVGSVGElement>(null);
  return useContext(DiagramContext) ?? own;
}
