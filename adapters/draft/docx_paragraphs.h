// The paragraphs of a Word document (word/document.xml inside the .docx zip), in reading order;
// a table row comes out as one block with its cells. Read with libzip and expat, streaming: the
// XML is never held whole. Kept behind this one function so another zip/XML reader can replace
// it.
#pragma once

#include <string>
#include <vector>

#include "draft/plan_source.h"

namespace tuanthu::draft {

// Throws PlanReadError (not a zip, no word/document.xml, malformed XML: with the line).
std::vector<PlanBlock> ReadDocxParagraphs(const std::string& path);

}  // namespace tuanthu::draft
