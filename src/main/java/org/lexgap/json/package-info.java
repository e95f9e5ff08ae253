/** The one Jackson configuration, for YAML data files and JSON answers alike. */
package org.lexgap.json;
