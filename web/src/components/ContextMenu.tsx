import { useEffect } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

/** A small menu at a page position; Escape or a click elsewhere closes it. */
export function ContextMenu({ x, y, title, items, onClose }: { x: number; y: number; title: string; items: MenuItem[]; onClose(): void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onClick = () => onClose();
    window.addEventListener('keydown', onKey);
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('click', onClick);
    };
  }, [onClose]);
  return (
    <div className="context-menu" role="menu" style={{ left: x, top: y }} onClick={(event) => event.stopPropagation()}>
      <div className="context-title">{title}</div>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          disabled={item.disabled}
          onClick={() => {
            item.onSelect();
            onClose();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
