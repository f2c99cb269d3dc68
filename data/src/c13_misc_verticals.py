# Compliant: assorted verticals (sports/outdoors, books, music gear, crafts,
# wedding, legal, agriculture, energy, funeral services, photography, luxury).
DATA = r"""
@ vertical=sports_outdoors lang=en
Tents for Every Trip | Ultralight backpacking tents from 2 lbs. 2 and 3 person models.
Kayak Rentals | Paddle the river by the hour. Life jackets and maps included.
Ski Rental Packages | Skis, boots and poles from $29/day. Reserve online and skip the line.
Golf Clubs Fitting | Free club fitting with launch monitor data at Fairway Pro Shop.
Fishing Licenses Online | Buy your state fishing license in 3 minutes. Season starts April 1.
Trail Running Vests | 12L hydration vest with two soft flasks. Fits like a shirt.
Sleeping Bags | Down bags rated to 15°F. Compress to the size of a loaf of bread.
Bike Shop Tune-Up | Full tune-up $89, includes brake and gear adjustment.
Paddleboards | Inflatable SUP package with pump, paddle and backpack. $399.
Basketball Hoops | In-ground hoops installed. Glass backboards, lifetime warranty.
Soccer Cleats Sale | Firm ground and turf cleats up to 40% off.
Climbing Shoes | Resole service and new shoes for every level.
Camping Stoves | Compact canister stoves that boil water in 3 minutes.
Hunting Boots | Insulated, waterproof boots with 1,000g Thinsulate. Quiet rubber outsole.
Trekking Poles | Carbon fiber, collapsible, cork grips. 2 poles $89.
Youth Baseball Camp | Hitting, fielding and pitching with college coaches.
Pickleball Paddles | Carbon face paddles for spin and control. Demo program available.
Snowshoe Tours | Guided moonlight snowshoe tours with hot cocoa.
Surf Lessons | Beginner lessons in small groups. Boards and wetsuits included.
Gym Flooring | Rubber tiles for garage gyms. Interlocking, 3/4" thick.
@ vertical=books_media lang=en
New Thriller From a Bestselling Author | The Quiet Harbor, out Tuesday. Read the first chapter free.
Used Books by the Pound | Fill a bag for $10 at the library book sale.
Cookbook of the Year | 120 weeknight recipes from the host of Kitchen Table. Hardcover $28.
Kids' Graphic Novels | Best sellers for reluctant readers. Buy 2, get 1 free.
Self-Publishing Services | Editing, cover design and distribution for indie authors.
Local Bookstore Events | Author readings every Thursday night. Signed copies available.
History Podcast | The story of the Silk Road in 12 episodes.
Newspaper Subscription | Digital access for $1 a week for your first year.
Travel Guidebooks | Updated 2025 editions with offline maps.
Poetry Collection | Debut collection shortlisted for the Harbor Prize.
@ vertical=music lang=en
Guitar Lessons Online | Learn songs you love with step-by-step video lessons.
Digital Piano | 88 weighted keys, built-in speakers, headphone jack. $599.
Music Production Software | Record, mix and master on your laptop. Free trial.
Drum Kits for Beginners | Complete 5-piece kit with cymbals and throne.
Violin Rentals | Rent-to-own for students. All sizes.
Studio Time | Recording studio with engineer, $45/hour.
Concert Ukulele | Solid mahogany top, gig bag included. $129.
Microphones for Podcasters | USB mic with headphone monitoring. Plug and play.
Vinyl Records Sale | Classic rock and jazz reissues 25% off.
Band Rehearsal Space | Soundproof rooms by the hour, backline included.
@ vertical=crafts lang=en
Yarn Sale | Merino and alpaca yarns 30% off. Free patterns.
Sewing Machines | Beginner machines with 60 stitches. Free intro class.
Pottery Classes | Six-week wheel throwing course. Clay and firing included.
Scrapbooking Supplies | Papers, stickers and punches for every occasion.
Candle Making Kit | Soy wax, wicks and 6 fragrance oils.
Cross-Stitch Patterns | Modern patterns and kits for beginners.
Woodworking Classes | Build a cutting board in our shared workshop.
Quilting Fabric | Precut fat quarters in 200 prints.
Paint by Numbers | Custom paint-by-numbers from your photo.
Embroidery Machines | Compact embroidery machines for home studios.
@ vertical=wedding lang=en
Wedding Venue Tours | Barn and garden venue for up to 200 guests. Book a tour this weekend.
Wedding Cakes | Tastings by appointment. Custom designs from $4 per slice.
Custom Wedding Invitations | Letterpress and foil invitations with free proofs.
Wedding DJ | Experienced DJ and MC for ceremony and reception.
Bridal Boutique | Designer gowns, private appointments, in-house alterations.
Wedding Planner | Full planning or day-of coordination. Free consultation.
Tuxedo Rental | Modern slim-fit tuxedos. Groom's rental free with 5 in the party.
Wedding Florist | Seasonal bouquets and centerpieces designed around your palette.
@ vertical=legal_services lang=en
Injured at Work? | Talk to a workers' compensation attorney. Free case review.
Immigration Lawyer | Green cards, work visas and citizenship. Consultations in 5 languages.
Divorce Mediation | Resolve your divorce without court. Flat-fee mediation.
Small Claims Help | Prepare your small claims case with a paralegal. From $99.
Trademark Registration | Protect your brand name. Attorney-filed applications.
Landlord-Tenant Law | Lease disputes and evictions handled by experienced attorneys.
Wills Made Online | Create a legally valid will in 20 minutes.
Traffic Ticket Lawyer | Fight your ticket and protect your record.
@ vertical=agriculture lang=en
Tractors for Small Farms | Compact tractors with loaders. Financing through the dealer available.
Seed Potatoes | Certified seed potatoes in 15 varieties. Ships in spring.
Livestock Feed | Custom feed blends delivered by the ton.
Farm Fencing | Woven wire, electric and post installation.
Irrigation Systems | Drip irrigation design for orchards and vineyards.
Beekeeping Starter Kit | Hive, frames, suit and tools. Classes available.
Grain Storage | Steel bins and dryers installed on your farm.
Greenhouse Kits | Polycarbonate greenhouses in 6 sizes.
@ vertical=energy lang=en
Home Battery Backup | Keep the lights on during outages. Professional install.
Solar Quotes From Installers | Compare 3 quotes from certified local installers.
Generator Installation | Standby generators that start automatically when the power goes out.
Energy-Efficient Windows | Cut heat loss with triple-pane windows.
EV Charging for Apartments | Add chargers to your building with no upfront cost.
Geothermal Heating | Heat and cool your home with the ground beneath it.
@ vertical=funeral_services lang=en
Pre-Planning a Funeral | Lock in today's prices and spare your family difficult decisions. Free planning guide.
Cremation Services | Simple, dignified cremation with transparent pricing. Available 24/7.
Memorial Keepsakes | Custom urns and memorial jewelry.
Grief Support Group | Free weekly grief support at the community center. Everyone welcome.
Headstones and Monuments | Granite memorials designed and installed.
@ vertical=photography lang=en
Headshots in 30 Minutes | Professional LinkedIn headshots, retouched, $99.
Photo Printing | Prints, canvases and photo books. 50% off this week.
Event Photography | Corporate events, conferences and galas.
Newborn Photography | Gentle newborn sessions in our heated studio.
Film Developing | Send your 35mm and 120 film. Scans in 5 days.
Drone Photography | Real estate aerials and construction progress photos.
@ vertical=luxury lang=en
Swiss Watches | Pre-owned Rolex, Omega and Cartier with 2-year warranty.
Private Jet Charter | On-demand jets from 50 US airports. Get a quote in minutes.
Yacht Charter | Crewed yacht charters in the Caribbean and Mediterranean.
Fine Art Auctions | Bid on modern and contemporary works. Next auction Nov 20.
Bespoke Tailoring | Handmade suits cut in Savile Row tradition.
Designer Handbags Resale | Authenticated luxury bags at up to 60% off retail.
"""
