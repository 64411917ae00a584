/** Problems found in the data: listed, never silently dropped. */
export function DataProblems({ problems }: { problems: string[] }) {
  return (
    <div className="data-problems" role="alert">
      <strong>
        {problems.length} problem{problems.length === 1 ? "" : "s"} in the map data; the features concerned
        are not drawn:
      </strong>
      <ul>
        {problems.slice(0, 50).map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
    </div>
  );
}
