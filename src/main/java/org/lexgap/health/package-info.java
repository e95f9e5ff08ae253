/** MicroProfile Health checks. */
package org.lexgap.health;
