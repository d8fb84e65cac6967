'use client'
import React, { useEffect } from 'react'
import { vietnameseLabel, vietnameseLiveText } from './libraryWords'

const LIVE_REGION = '.react-datepicker__aria-live'

function translate(root: ParentNode): void {
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = vietnameseLabel(element.getAttribute('aria-label')!)
    if (label) element.setAttribute('aria-label', label)
  }
  for (const region of root.querySelectorAll(LIVE_REGION)) {
    const text = vietnameseLiveText(region.textContent ?? '')
    if (text !== undefined) region.textContent = text
  }
}

/**
 * An admin provider: puts the few English accessible names that libraries hard-code
 * (libraryWords.ts) into Vietnamese as they appear, so a screen reader never switches language.
 * React leaves an attribute alone until its own value changes, so a translated name stays; a
 * re-rendered live region is translated again at the next frame.
 */
export function LibraryWordsInVietnamese({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    let frame = 0
    const schedule = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        translate(document.body)
      })
    }
    const observer = new MutationObserver(schedule)
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] })
    schedule()
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [])
  return <>{children}</>
}
