import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  style: StylesheetJson;
  /** Label for assistive technology; the canvas itself is not readable by screen readers. */
  ariaLabel: string;
}

/**
 * A thin wrapper over Cytoscape.js: the instance is created once; element changes are applied as an
 * id-keyed diff inside one batch so that large maps do not re-render from scratch.
 */
export function GraphCanvas({ elements, style, ariaLabel }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
    });
    cy.current = instance;
    (window as unknown as { __tiermapCy?: Core }).__tiermapCy = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [style]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
    instance.batch(() => {
      instance.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      for (const [id, element] of wanted) {
        const existing = instance.getElementById(id);
        if (existing.nonempty()) existing.data(element.data);
        else instance.add(element);
      }
    });
    instance.layout({ name: 'preset', fit: true, padding: 24 }).run();
  }, [elements]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={ariaLabel} data-testid="graph-canvas" />;
}
