# Compliant: final mixed batch across verticals and ad formats.
DATA = r"""
@ vertical=office_supplies lang=en
Printer Paper, 10 Reams $39 | Bright white 20 lb paper, free delivery for businesses.
Ergonomic Mouse | Vertical mouse that reduces wrist strain. $39.
Desk Organizers | Bamboo trays and drawers for a tidy workspace.
Ink Cartridges Recycled | Remanufactured cartridges at half the price.
Whiteboards for Offices | Magnetic glass boards installed in conference rooms.
Shredder for Home Offices | Cross-cut shredder, 12 sheets at a time.
Notebooks for Students | Dot-grid notebooks, 3-pack $15.
Fountain Pens | Beginner fountain pens with converters and ink.
@ vertical=baby_kids lang=en
Baby Carrier | Ergonomic carrier for newborns to toddlers. Four carry positions.
Crib Mattress | Breathable, waterproof, firm crib mattress.
High Chair | Grows from infant seat to toddler chair.
Toddler Shoes | Flexible soles for first walkers. Sizes 3-9.
Kids' Rain Boots | Easy pull-on handles, fun prints.
Baby Bath Tub | Foldable tub with temperature indicator.
Bottle Sterilizer | Steam sterilizer and dryer in one.
Kids' Backpacks | Lightweight backpacks with name tags.
Bedtime Story Podcast | Calm stories for kids ages 3-8.
Potty Training Seat | Soft seat that fits most toilets.
@ vertical=music lang=en
Concert Hall Season | 40 concerts from baroque to jazz. Subscriptions on sale.
Vinyl Pressing for Bands | Press 300 records with full-color jackets.
Choir Auditions | Community choir welcomes new voices. Auditions in September.
Guitar Setup Service | Action, intonation and fret polish for $65.
Music Lessons for Kids | Piano, guitar and drums in our neighborhood studio.
Podcast Studio Rental | Three-mic studio with engineer, $60/hour.
@ vertical=books_media lang=en
Audiobook of the Month | One credit each month for any title.
Comic Book Shop | New issues every Wednesday, pull lists available.
Library Summer Reading | Kids read and earn prizes all summer.
Cookbook Launch | Meet the author and taste recipes from the book.
Newspaper Delivery | Sunday delivery for $3.99 a week.
Children's Book Festival | Authors, illustrators and storytime. Free admission.
@ vertical=travel lang=en
Airport Hotel Packages | Park, sleep and fly: one night plus 7 days parking.
Family Road Trip Kits | Games, snacks and maps for the back seat.
River Cruises in Europe | Danube and Rhine cruises with shore excursions.
Lighthouse Stays | Spend a night in a restored lighthouse keeper's cottage.
Train Tickets in Italy | Book high-speed trains between Rome, Florence and Venice.
Island Ferry Tickets | Daily sailings with car and foot passenger fares.
Volunteer Travel Programs | Conservation projects in Costa Rica and Kenya. Vetted partners.
Travel Pillows | Memory foam neck pillow that packs small.
@ vertical=real_estate lang=en
Tiny Homes for Sale | Move-in-ready tiny homes on wheels from $69K.
Mobile Home Community | Lots for rent near schools and shopping.
Vacation Rental Management | Maximize bookings on your lake house.
Home Staging | Stage your home to sell faster. Free consultation.
Rental Listings Updated Hourly | Find apartments before they're gone.
Land Surveying | Boundary and topographic surveys. Licensed surveyors.
@ vertical=electronics lang=en
Laptop Sleeves | Padded sleeves in felt and leather for 13-16" laptops.
Ring Light for Video Calls | Look your best on camera. Clip-on and desk models.
Car Phone Mount | Magnetic vent mount that holds steady on bumpy roads.
Smart Garden Hub | Control irrigation from your phone.
Portable Monitor | 15.6" USB-C monitor for laptops. Fits in your backpack.
Solar Charger | Foldable 60W solar panel for camping.
Noise Machine | 30 soothing sounds for better sleep.
Kids' Headphones | Volume-limited to 85dB to protect young ears.
@ vertical=local_services lang=en
Bike Storage Lockers | Secure bike lockers near the train station. $10 a month.
Wedding Cake Tasting | Book a tasting with our pastry chef. $25, credited to your order.
Shoe Shine Stand | Quick shine at the train station, $7.
Passport Photos and Printing | Instant photos for passports and visas.
Mobile Pet Vet | House-call vet visits for anxious pets.
Senior Move Assistance | We help seniors downsize and move with care.
Eyebrow Microblading Consultation | Licensed artists, free consultation.
Furniture Upholstery | Give your favorite chair new life.
Gutter Installation | Seamless aluminum gutters in 20 colors.
Home Daycare Openings | Licensed home daycare with 2 openings for toddlers.
@ vertical=food_beverage lang=en
Birthday Cakes to Order | Custom cakes with 48-hour notice. Gluten-free available.
Fresh Bagels Delivered | A dozen bagels and cream cheese to your office.
Lunch Catering Trays | Sandwich trays for meetings of 10-50.
Fruit Baskets | Seasonal fruit baskets, same-day delivery.
Coffee Cart for Events | Espresso cart service for weddings and conferences.
Kids' Cooking Class | Little chefs make pizza from scratch. Ages 6-10.
Frozen Yogurt | Self-serve froyo with 40 toppings.
Farmers Market Vouchers | Double your SNAP dollars on fruits and vegetables.
@ vertical=education lang=en
Online High School Diploma | Accredited diploma program for adults.
Tutoring for the LSAT | Score higher with 1-on-1 coaching.
Teacher Certification Program | Become a licensed teacher in 12 months.
Kids' Language Classes | Spanish and Mandarin for ages 4-10.
Astronomy Night Class | Learn the night sky with telescopes on campus.
Sewing Classes for Beginners | Make a tote bag in your first class.
Career Switch to UX | 16-week part-time UX design course.
Entrepreneurship Bootcamp | Build a business plan in 6 weeks.
@ vertical=nonprofit lang=en
Rescue Dog Transport Volunteers | Drive a leg of a rescue relay. Gas reimbursed.
Public Garden Membership | Free admission and plant sale discounts.
Historic Preservation Society | Help restore the 1890 train depot.
Youth Coding Nonprofit | Donate old laptops so kids can learn to code.
Clothing Bank | Professional clothing for job seekers, free.
Read to Kids at the Hospital | Volunteer readers needed Saturday mornings.
@ vertical=home_garden lang=en
Garage Storage Systems | Wall-mounted racks and cabinets installed in a day.
Smart Blinds | Motorized blinds on a schedule.
Porch Swings | Hand-built cedar porch swings.
Outdoor Lighting Design | Landscape lighting installed by certified designers.
Water Softener Installation | Free water test and quote.
Attic Fans | Solar attic fans that cut cooling costs.
Lawn Aeration | Core aeration for a healthier lawn.
Closet Doors | Sliding and bi-fold closet doors made to measure.
@ vertical=pets lang=en
Cat Boarding | Private cat suites with window views.
Dog Life Jackets | Bright, buoyant life jackets for water dogs.
Pet Hair Vacuum | Powerful suction for pet hair on carpets.
Dog Park Memberships | Private off-leash park with agility equipment.
Fresh Cat Food | Gently cooked cat food delivered frozen.
Pet-Friendly Hotels | Find hotels with no pet fees.
@ vertical=automotive lang=en
EV Charging Stations Map | Find fast chargers on your route.
Windshield Wipers Installed Free | Buy premium wipers and we install them.
Car Battery Replacement | Free battery test, installation in 15 minutes.
Paint Protection Film | Protect your paint from chips and scratches.
Truck Accessories | Running boards, bed liners and lights.
Used Car Inspection | Pre-purchase inspection for $99.
"""
