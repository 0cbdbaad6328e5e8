// The paragraphs of a Word document (its main part, word/document.xml, inside the .docx zip), in
// reading order; a table row comes out as one block with its cells. Read as a stream with the
// project's Office Open XML reader (adapters/ooxml: libzip + expat), so the XML is never held
// whole and a damaged, encrypted or legacy (.doc) file gets the same clear message as a workbook.
#pragma once

#include <string>
#include <vector>

#include "draft/plan_source.h"

namespace tuanthu::draft {

// Throws PlanReadError (not a zip, not a Word document, malformed XML: with the line).
std::vector<PlanBlock> ReadDocxParagraphs(const std::string& path);

}  // namespace tuanthu::draft
