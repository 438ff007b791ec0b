import { BookOpen, Download, FileSpreadsheet, Presentation } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';

/** Every member: the executive view (what share links show), the briefing book to print or save as PDF, and the measures or the measurements as CSV. */
export function ExportMenu({ base }: { base: string }) {
  return (
    <DropdownMenu>
      <DropdownTrigger asChild>
        <Button variant="secondary">
          <Download className="h-4 w-4" aria-hidden /> Export
        </Button>
      </DropdownTrigger>
      <DropdownContent align="end" className="w-64">
        <DropdownItem asChild>
          <a href={`${base}/executive`}>
            <Presentation className="h-4 w-4" aria-hidden /> Executive view
          </a>
        </DropdownItem>
        <DropdownItem asChild>
          <a href={`${base}/briefing`}>
            <BookOpen className="h-4 w-4" aria-hidden /> Briefing book (print or PDF)
          </a>
        </DropdownItem>
        <DropdownSeparator />
        <DropdownLabel>Download as CSV</DropdownLabel>
        <DropdownItem asChild>
          <a href={`${base}/measures.csv`} download>
            <FileSpreadsheet className="h-4 w-4" aria-hidden /> Measures with latest values
          </a>
        </DropdownItem>
        <DropdownItem asChild>
          <a href={`${base}/measurements.csv`} download>
            <FileSpreadsheet className="h-4 w-4" aria-hidden /> All measurements
          </a>
        </DropdownItem>
      </DropdownContent>
    </DropdownMenu>
  );
}
