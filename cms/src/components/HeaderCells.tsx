import React, { type CSSProperties } from 'react'

/** The column headings of an admin table, each a `<th scope="col">`. */
export function HeaderCells({ headings, style }: { headings: ReadonlyArray<string | readonly [key: string, text: string]>; style: CSSProperties }) {
  return (
    <>
      {headings.map((heading) => {
        const [key, text] = typeof heading === 'string' ? [heading, heading] : heading
        return (
          <th key={key} scope="col" style={style}>
            {text}
          </th>
        )
      })}
    </>
  )
}
