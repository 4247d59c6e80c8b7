// libxml2's HTML parser and tree, as NewsCore's HTML reader uses them (see Article/HTML/).
//
// Debian builds libxml2 with ICU, so encoding.h would pull in ICU's headers, which clash with the
// copy of ICU inside Foundation. newsdesk never touches libxml2's encoding handler structures
// (only pointers to documents and nodes), so the ICU part of those headers is left out here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
