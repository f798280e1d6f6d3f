/* exitcode.c - returns 42 from main; crt0 passes it to exit_group. */
#include "rt.h"

int main(void)
{
    printf("exiting with 42\n");
    return 42;
}
