import { type PageSizeId, pageSizes } from "../deck/page-elements.ts";

/** The PDF's page size: A4 or US Letter landscape, or a 16:9 slide. */
export function PageSizeSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PageSizeId;
  onChange: (size: PageSizeId) => void;
}) {
  return (
    <label className="page-size">
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as PageSizeId)}>
        {pageSizes.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
    </label>
  );
}
