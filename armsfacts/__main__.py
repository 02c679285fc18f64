"""`python -m armsfacts`."""

from armsfacts.errors import main

if __name__ == "__main__":
    main()
